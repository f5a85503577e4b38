package net.adtelligent.bootstrap.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much of a channel's plan runs on a day: its weekly shape, a Christmas-season peak and a
 * year of steady growth. People scroll social feeds more at weekends; they search, and buy for
 * work, on weekdays.
 */
enum Rhythm {
    SOCIAL(0.90, 0.90, 0.93, 0.97, 1.05, 1.20, 1.25),
    SEARCH(1.08, 1.10, 1.08, 1.04, 0.95, 0.82, 0.90),
    B2B(1.22, 1.25, 1.25, 1.20, 1.00, 0.30, 0.28);

    /** Growth over the year: the last day runs this much more than the same weekday a year before. */
    private static final double YEARLY_GROWTH = 1.25;
    /** How far the season lifts the peak (early December) above the average, and sinks the trough. */
    private static final double SEASON_AMPLITUDE = 0.15;
    private static final int PEAK_DAY_OF_YEAR = 340;

    private final double[] weekdays;

    Rhythm(double... mondayFirst) {
        this.weekdays = mondayFirst;
    }

    /** The multiplier of a plan on {@code day}, in a year that ends on {@code lastDay}. */
    double on(LocalDate day, LocalDate lastDay) {
        return weekday(day) * season(day) * growth(day, lastDay);
    }

    double weekday(LocalDate day) {
        return weekdays[day.getDayOfWeek().getValue() - 1];
    }

    static double season(LocalDate day) {
        return 1 + SEASON_AMPLITUDE * Math.cos(2 * Math.PI * (day.getDayOfYear() - PEAK_DAY_OF_YEAR) / 365.25);
    }

    /** 1 on the last day, 1/1.25 a year before: relative to the year shown, so the demo looks alike in any year. */
    static double growth(LocalDate day, LocalDate lastDay) {
        return Math.pow(YEARLY_GROWTH, -ChronoUnit.DAYS.between(day, lastDay) / 365.0);
    }
}
