package net.adtelligent.adapters.postgres.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulingSettingsTest {

    @Test
    void defaults_givenNothingConfigured_snapshotHourlyRetryFiveTimesFromThirtySecondsUpToHalfAnHour() {
        SchedulingSettings defaults = SchedulingSettings.DEFAULT;

        assertThat(defaults.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.staleCheckInterval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.retryBase()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.retryCap()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.attempts()).isEqualTo(5);
    }

    @Test
    void create_givenCapShorterThanBase_isRefusedNamingBoth() {
        assertThatThrownBy(() -> new SchedulingSettings(Duration.ofHours(1), Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofSeconds(30), 5, 4, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT30S").hasMessageContaining("PT1M");
    }

    @Test
    void create_givenZeroAttemptsOrZeroInterval_isRefused() {
        assertThatThrownBy(() -> new SchedulingSettings(Duration.ofHours(1), Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofMinutes(30), 0, 4, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchedulingSettings(Duration.ZERO, Duration.ofMinutes(5),
                Duration.ofSeconds(30), Duration.ofMinutes(30), 5, 4, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
    }
}
