package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Summed ad measures, all in one currency, and the ratios derived from them. A ratio whose
 * denominator is zero is none (no clicks: no cost per click), never zero or infinity. Ratios are
 * computed from the sums, never averaged from rows' ratios, to a fixed precision ({@link MetricsRounding}).
 */
public record AdTotals(BigDecimal spend, long impressions, long clicks, BigDecimal conversions, BigDecimal conversionsValue) {

    public static final AdTotals ZERO = new AdTotals(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public AdTotals {
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(conversions, "conversions");
        Objects.requireNonNull(conversionsValue, "conversionsValue");
    }

    public AdTotals plus(AdTotals other) {
        return new AdTotals(spend.add(other.spend), impressions + other.impressions, clicks + other.clicks,
                conversions.add(other.conversions), conversionsValue.add(other.conversionsValue));
    }

    /** Click-through rate: clicks per impression. */
    public Option<BigDecimal> ctr() {
        return ratio(BigDecimal.valueOf(clicks), BigDecimal.valueOf(impressions));
    }

    /** Cost per click. */
    public Option<BigDecimal> cpc() {
        return ratio(spend, BigDecimal.valueOf(clicks));
    }

    /** Cost per thousand impressions. */
    public Option<BigDecimal> cpm() {
        return ratio(spend.multiply(THOUSAND), BigDecimal.valueOf(impressions));
    }

    /** Cost per conversion (acquisition). */
    public Option<BigDecimal> cpa() {
        return ratio(spend, conversions);
    }

    /** Return on ad spend: conversion value per unit spent. */
    public Option<BigDecimal> roas() {
        return ratio(conversionsValue, spend);
    }

    private static Option<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return MetricsRounding.ratio(numerator, denominator);
    }
}
