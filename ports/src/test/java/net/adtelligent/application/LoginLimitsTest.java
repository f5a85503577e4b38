package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimitsTest {

    @Test
    void pauses_givenDefaults_areFiveFreeThenDoublingFromOneSecondUpToFifteenMinutes() {
        var pauses = LoginLimits.DEFAULT.pauses();

        assertThat(pauses.subList(0, 4)).containsOnly(Duration.ZERO);
        assertThat(pauses.subList(4, pauses.size())).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32),
                Duration.ofSeconds(64), Duration.ofSeconds(128), Duration.ofSeconds(256), Duration.ofSeconds(512),
                Duration.ofMinutes(15));
    }

    @Test
    void pauses_givenOneFreeAttempt_pauseAfterTheFirst() {
        var limits = new LoginLimits(1, Duration.ofSeconds(2), Duration.ofSeconds(8), 10, Duration.ofMinutes(1));

        assertThat(limits.pauses()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void limits_givenMemoryNoLongerThanTheLongestPause_areRefused() {
        // A pair forgotten before its pause ends would get its free attempts back by waiting.
        assertThatThrownBy(() -> new LoginLimits(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("remember");
        assertThatThrownBy(() -> new LoginLimits(0, Duration.ofSeconds(1), Duration.ofMinutes(15), 100, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginLimits(5, Duration.ofSeconds(2), Duration.ofSeconds(1), 100, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
