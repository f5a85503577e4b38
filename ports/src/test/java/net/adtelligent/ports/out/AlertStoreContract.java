package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink.Alert;
import net.adtelligent.ports.out.AlertSink.Raised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every AlertStore must do: the lifecycle of an episode (open, kept, acknowledged, resolved,
 * reopened within the policy's window), one ongoing episode per tenant, kind and subject even under
 * concurrent raises, and the tenant's alone in its lists. An adapter's test extends this and says
 * how to build the store.
 */
public abstract class AlertStoreContract {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00.123456Z");
    static final AlertPolicy POLICY = new AlertPolicy(Duration.ofHours(6));

    private AlertStore store;
    private TenantId tenant;
    private TenantId other;
    private AlertSubject subject;

    /** A store whose raises decide by {@code policy}. It may hold other tests' alerts: every test uses tenants of its own. */
    protected abstract AlertStore store(AlertPolicy policy);

    protected abstract TenantStore tenantStore();

    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store(POLICY);
        tenant = IdentityFixtures.newTenant(tenantStore());
        other = IdentityFixtures.newTenant(tenantStore());
        subject = AlertSubject.connection(ConnectionId.random());
    }

    private Alert alert(TenantId of, String message, Instant at) {
        return new Alert(Option.of(of), "sync_failing", subject, message, at);
    }

    private List<AlertEpisode> all(TenantId of) {
        return store.page(of, Option.none(), Option.none(), 100);
    }

    @Test
    void raise_givenNoEpisode_opensOneWhoseMailIsDue() {
        assertThat(store.raise(alert(tenant, "3 syncs failed", T0))).isEqualTo(Raised.OPENED);

        assertThat(all(tenant)).singleElement().satisfies(episode -> {
            assertThat(episode.tenant()).isEqualTo(Option.of(tenant));
            assertThat(episode.kind()).isEqualTo("sync_failing");
            assertThat(episode.subject()).isEqualTo(subject);
            assertThat(episode.message()).isEqualTo("3 syncs failed");
            assertThat(episode.state()).isEqualTo(AlertState.OPEN);
            assertThat(episode.openedAt()).isEqualTo(T0);
            assertThat(episode.mailDue()).isTrue();
        });
        assertThat(store.mailDue(tenant)).hasSize(1);
        assertThat(all(other)).isEmpty();
    }

    @Test
    void raise_givenAnOngoingEpisode_keepsItWithTheNewestMessage() {
        store.raise(alert(tenant, "first", T0));

        assertThat(store.raise(alert(tenant, "second", T0.plusSeconds(60)))).isEqualTo(Raised.KEPT);

        assertThat(all(tenant)).singleElement().satisfies(episode -> {
            assertThat(episode.message()).isEqualTo("second");
            assertThat(episode.openedAt()).isEqualTo(T0);
            assertThat(episode.lastRaisedAt()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    void resolve_givenAnOngoingEpisode_endsItOnceAndNothingElse() {
        store.raise(alert(tenant, "failing", T0));
        AlertSubject elsewhere = AlertSubject.connection(ConnectionId.random());
        store.raise(new Alert(Option.of(tenant), "sync_failing", elsewhere, "failing too", T0));

        assertThat(store.resolve(tenant, "sync_failing", subject, T0.plusSeconds(5))).isTrue();
        assertThat(store.resolve(tenant, "sync_failing", subject, T0.plusSeconds(6))).isFalse();
        assertThat(store.resolve(other, "sync_failing", elsewhere, T0.plusSeconds(6))).isFalse();

        assertThat(store.page(tenant, Option.of(AlertState.RESOLVED), Option.none(), 10)).singleElement()
                .satisfies(episode -> {
                    assertThat(episode.subject()).isEqualTo(subject);
                    assertThat(episode.resolvedAt()).isEqualTo(Option.of(T0.plusSeconds(5)));
                    assertThat(episode.mailDue()).isFalse();
                });
        assertThat(store.page(tenant, Option.of(AlertState.OPEN), Option.none(), 10)).singleElement()
                .satisfies(episode -> assertThat(episode.subject()).isEqualTo(elsewhere));
    }

    @Test
    void raise_givenAnEpisodeResolvedWithinTheWindow_reopensTheSameEpisodeKeepingItsMail() {
        store.raise(alert(tenant, "failing", T0));
        AlertEpisode opened = all(tenant).get(0);
        store.replace(opened.mailed(T0.plusSeconds(1)));
        store.resolve(tenant, "sync_failing", subject, T0.plusSeconds(60));

        assertThat(store.raise(alert(tenant, "failing again", T0.plusSeconds(120)))).isEqualTo(Raised.REOPENED);

        assertThat(all(tenant)).singleElement().satisfies(episode -> {
            assertThat(episode.id()).isEqualTo(opened.id());
            assertThat(episode.state()).isEqualTo(AlertState.OPEN);
            assertThat(episode.resolvedAt()).isEmpty();
            assertThat(episode.message()).isEqualTo("failing again");
            assertThat(episode.mailSentAt()).isEqualTo(Option.of(T0.plusSeconds(1)));
        });
        assertThat(store.mailDue(tenant)).isEmpty();
    }

    @Test
    void raise_givenAnEpisodeResolvedLongerAgoThanTheWindow_opensANewOne() {
        store.raise(alert(tenant, "failing", T0));
        store.resolve(tenant, "sync_failing", subject, T0.plusSeconds(60));

        assertThat(store.raise(alert(tenant, "failing again", T0.plus(Duration.ofHours(7))))).isEqualTo(Raised.OPENED);

        List<AlertEpisode> episodes = all(tenant);
        assertThat(episodes).extracting(AlertEpisode::state).containsExactly(AlertState.OPEN, AlertState.RESOLVED);
        assertThat(episodes.get(0).id()).isGreaterThan(episodes.get(1).id());
    }

    @Test
    void replace_givenAnAcknowledgement_readsItBackUnderLock() {
        UserId admin = IdentityFixtures.newUser(userStore());
        store.raise(alert(tenant, "failing", T0));
        AlertEpisode episode = store.lockById(tenant, all(tenant).get(0).id()).get();

        store.replace(episode.acknowledge(admin, T0.plusSeconds(30)).get());

        AlertEpisode read = store.lockById(tenant, episode.id()).get();
        assertThat(read.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(read.acknowledgedBy()).isEqualTo(Option.of(admin));
        assertThat(read.acknowledgedAt()).isEqualTo(Option.of(T0.plusSeconds(30)));
        assertThat(store.raise(alert(tenant, "still failing", T0.plusSeconds(40)))).isEqualTo(Raised.KEPT);
        assertThat(store.lockById(tenant, episode.id()).get().state()).isEqualTo(AlertState.ACKNOWLEDGED);
    }

    @Test
    void lockById_givenAnotherTenantsAlert_findsNothingAndReplaceRefuses() {
        store.raise(alert(tenant, "failing", T0));
        AlertEpisode episode = all(tenant).get(0);

        assertThat(store.lockById(other, episode.id())).isEmpty();
        AlertEpisode moved = new AlertEpisode(episode.id(), Option.of(other), episode.kind(), episode.subject(),
                "hijacked", episode.state(), episode.openedAt(), episode.lastRaisedAt(), Option.none(), Option.none(),
                Option.none(), Option.none());
        assertThatThrownBy(() -> store.replace(moved)).isInstanceOf(RuntimeException.class);
        assertThat(all(tenant).get(0).message()).isEqualTo("failing");
    }

    @Test
    void page_givenMoreEpisodesThanTheLimit_goesNewestFirstBeforeTheGivenId() {
        for (int i = 0; i < 5; i++) {
            store.raise(new Alert(Option.of(tenant), "sync_failing", new AlertSubject("subject-" + i), "m" + i, T0));
        }
        List<AlertEpisode> first = store.page(tenant, Option.none(), Option.none(), 2);
        List<AlertEpisode> second = store.page(tenant, Option.none(), Option.of(first.get(1).id()), 2);
        List<AlertEpisode> third = store.page(tenant, Option.none(), Option.of(second.get(1).id()), 2);

        assertThat(first).extracting(AlertEpisode::message).containsExactly("m4", "m3");
        assertThat(second).extracting(AlertEpisode::message).containsExactly("m2", "m1");
        assertThat(third).extracting(AlertEpisode::message).containsExactly("m0");
    }

    @Test
    void raise_givenNoTenant_keepsOneSystemEpisodeApartFromTenants() {
        String kind = IdentityFixtures.unique("system_check");

        assertThat(store.raise(new Alert(Option.none(), kind, "scheduler stopped", T0))).isEqualTo(Raised.OPENED);
        assertThat(store.raise(new Alert(Option.none(), kind, "scheduler still stopped", T0.plusSeconds(1))))
                .isEqualTo(Raised.KEPT);
        assertThat(store.raise(new Alert(Option.of(tenant), kind, "the tenant's", T0))).isEqualTo(Raised.OPENED);

        assertThat(all(tenant)).singleElement().satisfies(episode -> {
            assertThat(episode.subject()).isEqualTo(AlertSubject.tenant());
            assertThat(episode.message()).isEqualTo("the tenant's");
        });
    }

    @Test
    void resolveSystem_givenASystemAndATenantEpisode_endsOnlyTheSystemOneAndARaiseOpensAnew() {
        String kind = IdentityFixtures.unique("dbt_check");
        AlertSubject subject = new AlertSubject("dbt");
        store.raise(new Alert(Option.none(), kind, subject, "dbt failed", T0));
        store.raise(new Alert(Option.of(tenant), kind, subject, "the tenant's", T0));

        assertThat(store.resolveSystem(kind, subject, T0.plusSeconds(1))).isTrue();
        assertThat(store.resolveSystem(kind, subject, T0.plusSeconds(2))).isFalse();
        assertThat(all(tenant)).singleElement().satisfies(episode -> assertThat(episode.state()).isEqualTo(AlertState.OPEN));
        // Resolved, so the next raise (after the reopening window) is a new episode with its mail.
        assertThat(store.raise(new Alert(Option.none(), kind, subject, "dbt failed again", T0.plus(Duration.ofDays(3)))))
                .isEqualTo(Raised.OPENED);
    }

    @Test
    void raise_givenConcurrentRaisesOfOneRuleAndSubject_opensExactlyOneEpisode() throws Exception {
        for (int round = 0; round < 10; round++) {
            AlertSubject contested = AlertSubject.connection(ConnectionId.random());
            int at = round;
            List<Raised> outcomes = IdentityFixtures.race(8, () -> store.raise(new Alert(Option.of(tenant),
                    "sync_failing", contested, "raised", T0.plusSeconds(at))));

            assertThat(outcomes).filteredOn(Raised.OPENED::equals).hasSize(1);
            assertThat(outcomes).filteredOn(Raised.KEPT::equals).hasSize(7);
        }
        assertThat(store.page(tenant, Option.of(AlertState.OPEN), Option.none(), 100)).hasSize(10);
    }

    @Test
    void raise_givenConcurrentRaisesAfterAResolve_reopensOneEpisodeAndOpensNoOther() throws Exception {
        store.raise(alert(tenant, "failing", T0));
        store.resolve(tenant, "sync_failing", subject, T0.plusSeconds(10));

        List<Raised> outcomes = IdentityFixtures.race(8, () -> store.raise(alert(tenant, "again", T0.plusSeconds(20))));

        assertThat(outcomes).filteredOn(Raised.REOPENED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Raised.KEPT::equals).hasSize(7);
        assertThat(all(tenant)).singleElement().satisfies(episode ->
                assertThat(episode.state()).isEqualTo(AlertState.OPEN));
    }
}
