package net.adtelligent.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class AlertPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final AlertPolicy POLICY = new AlertPolicy(Duration.ofHours(6));
    private final AlertEpisode open = AlertEpisode.opened(7, Option.of(new TenantId(java.util.UUID.randomUUID())),
            "sync_failing", AlertSubject.tenant(), "failing", T0);

    @Test
    void onRaise_givenNoEpisode_opensANewOne() {
        assertThat(POLICY.onRaise(Option.none(), "m", T0)).isInstanceOf(AlertPolicy.Decision.OpenNew.class);
    }

    @Test
    void onRaise_givenAnAcknowledgedEpisode_keepsItAcknowledgedWithTheNewMessage() {
        AlertEpisode acknowledged = open.acknowledge(UserId.random(), T0.plusSeconds(1)).get();

        AlertPolicy.Decision decision = POLICY.onRaise(Option.of(acknowledged), "newer", T0.plusSeconds(2));

        assertThat(decision).isInstanceOf(AlertPolicy.Decision.Keep.class);
        AlertEpisode kept = ((AlertPolicy.Decision.Keep) decision).episode();
        assertThat(kept.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(kept.message()).isEqualTo("newer");
    }

    @Test
    void onRaise_givenResolvedJustInsideTheWindow_reopensUnacknowledgedWithItsMail() {
        AlertEpisode mailed = open.mailed(T0).acknowledge(UserId.random(), T0).get();
        AlertEpisode resolved = mailed.resolved(T0.plusSeconds(60)).get();

        AlertPolicy.Decision decision = POLICY.onRaise(Option.of(resolved), "again",
                T0.plusSeconds(60).plus(Duration.ofHours(6)).minusSeconds(1));

        assertThat(decision).isInstanceOf(AlertPolicy.Decision.Reopen.class);
        AlertEpisode reopened = ((AlertPolicy.Decision.Reopen) decision).episode();
        assertThat(reopened.id()).isEqualTo(7);
        assertThat(reopened.state()).isEqualTo(AlertState.OPEN);
        assertThat(reopened.acknowledgedBy()).isEmpty();
        assertThat(reopened.mailDue()).isFalse();
    }

    @Test
    void onRaise_givenResolvedAtTheWindowsEnd_opensANewEpisode() {
        AlertEpisode resolved = open.resolved(T0).get();

        assertThat(POLICY.onRaise(Option.of(resolved), "again", T0.plus(Duration.ofHours(6))))
                .isInstanceOf(AlertPolicy.Decision.OpenNew.class);
    }

    @Test
    void acknowledge_givenAResolvedEpisode_isRefusedAsConflict() {
        AlertEpisode resolved = open.resolved(T0).get();

        assertThat(resolved.acknowledge(UserId.random(), T0).getLeft()).isEqualTo(new AlertRejection.Resolved(7));
        assertThat(resolved.resolved(T0.plusSeconds(1))).isEmpty();
    }
}
