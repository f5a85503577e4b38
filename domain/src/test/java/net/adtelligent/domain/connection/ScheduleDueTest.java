package net.adtelligent.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleDueTest {

    private static Schedule parsed(String text) {
        return Schedule.parse("schedule", text).get();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void dueAt_givenAnInterval_isDueOnceItHasPassedSinceTheLastStart_andAtOnceWithoutOne() {
        Schedule every6h = Schedule.every(Duration.ofHours(6));
        Instant last = at("2026-12-01T00:00:00Z");

        assertThat(every6h.dueAt(at("2026-12-01T05:59:00Z"), Option.of(last))).isFalse();
        assertThat(every6h.dueAt(at("2026-12-01T06:00:00Z"), Option.of(last))).isTrue();
        assertThat(every6h.dueAt(at("2026-12-01T06:00:00Z"), Option.none())).isTrue();
    }

    @Test
    void dueAt_givenADailyCron_isDueOnceItsTimeHasComeSinceTheLastStart() {
        Schedule daily = parsed("0 6 * * *");
        Instant yesterdaysRun = at("2026-12-01T06:00:10Z");

        assertThat(daily.dueAt(at("2026-12-02T05:59:00Z"), Option.of(yesterdaysRun))).isFalse();
        assertThat(daily.dueAt(at("2026-12-02T06:00:00Z"), Option.of(yesterdaysRun))).isTrue();
        assertThat(daily.dueAt(at("2026-12-02T06:30:00Z"), Option.of(at("2026-12-02T06:00:05Z")))).isFalse();
    }

    @Test
    void dueAt_givenDaysOfTheWeekAndSteps_readsThemAsCronDoes() {
        // 7 December 2026 is a Monday.
        Schedule mondays = parsed("30 2 * * 1");
        Schedule sundays = parsed("0 0 * * 7");
        Schedule everyQuarterHour = parsed("*/15 * * * *");
        Instant sundayEvening = at("2026-12-06T20:00:00Z");

        assertThat(mondays.dueAt(at("2026-12-07T02:30:00Z"), Option.of(sundayEvening))).isTrue();
        assertThat(mondays.dueAt(at("2026-12-07T02:29:00Z"), Option.of(sundayEvening))).isFalse();
        assertThat(sundays.dueAt(at("2026-12-06T00:00:00Z"), Option.of(at("2026-12-05T12:00:00Z")))).isTrue();
        assertThat(everyQuarterHour.dueAt(at("2026-12-06T20:14:00Z"), Option.of(sundayEvening))).isFalse();
        assertThat(everyQuarterHour.dueAt(at("2026-12-06T20:15:00Z"), Option.of(sundayEvening))).isTrue();
    }

    @Test
    void dueAt_givenBothDayFieldsRestricted_isDueOnEither() {
        // The 1st of the month or a Monday, at 06:00. 1 December 2026 is a Tuesday.
        Schedule either = parsed("0 6 1 * 1");

        assertThat(either.dueAt(at("2026-12-01T06:00:00Z"), Option.of(at("2026-11-30T12:00:00Z")))).isTrue();
        assertThat(either.dueAt(at("2026-12-03T06:00:00Z"), Option.of(at("2026-12-02T12:00:00Z")))).isFalse();
        assertThat(either.dueAt(at("2026-12-07T06:00:00Z"), Option.of(at("2026-12-06T12:00:00Z")))).isTrue();
    }
}
