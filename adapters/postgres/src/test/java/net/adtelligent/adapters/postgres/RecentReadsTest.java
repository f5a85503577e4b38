package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.identity.UserStatus;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MetricsFixtures;
import net.adtelligent.ports.out.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lookups a database keeps for a moment: a change through the same database shows at once, a
 * change by another process (here a second database object on the same PostgreSQL, as a second
 * service instance would be) shows once the kept answer's time has passed, never later.
 */
class RecentReadsTest {

    private static final Duration KEPT = Duration.ofSeconds(1);
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private PostgresSettings settings;
    private PostgresDatabase cached;
    private PostgresDatabase other;

    @BeforeEach
    void open() {
        settings = EmbeddedPostgresFixture.migratedDatabase();
        cached = PostgresDatabase.open(settings, KEPT, nanos::get);
        other = PostgresDatabase.open(settings);
    }

    @AfterEach
    void close() {
        cached.close();
        other.close();
    }

    @Test
    void membership_givenARemovalThroughTheSameDatabase_isGoneAtOnce() {
        Membership member = member(cached);
        assertThat(cached.membershipStore().of(member.tenantId(), member.userId())).contains(member);

        cached.membershipStore().remove(member.tenantId(), member.userId());

        assertThat(cached.membershipStore().of(member.tenantId(), member.userId())).isEmpty();
    }

    @Test
    void membership_givenARemovalByAnotherInstance_isGoneOnceTheKeptTimeHasPassed() {
        Membership member = member(cached);
        assertThat(cached.membershipStore().of(member.tenantId(), member.userId())).contains(member);

        other.membershipStore().remove(member.tenantId(), member.userId());
        Membership stillKept = cached.membershipStore().of(member.tenantId(), member.userId()).get();
        nanos.addAndGet(KEPT.toNanos());

        assertThat(stillKept).isEqualTo(member);
        assertThat(cached.membershipStore().of(member.tenantId(), member.userId())).isEmpty();
    }

    @Test
    void user_givenADisabledAccount_showsThroughTheSameDatabaseAtOnceAndThroughAnotherWithinTheKeptTime() {
        UserId id = IdentityFixtures.newUser(cached.userStore());
        User active = cached.userStore().byId(id).get();

        cached.userStore().replace(withStatus(active, UserStatus.DISABLED));
        User disabledHere = cached.userStore().byId(id).get();
        other.userStore().replace(withStatus(disabledHere, UserStatus.ACTIVE));
        User keptThere = cached.userStore().byId(id).get();
        nanos.addAndGet(KEPT.toNanos());

        assertThat(disabledHere.canLogIn()).isFalse();
        assertThat(keptThere.canLogIn()).isFalse();
        assertThat(cached.userStore().byId(id).get().canLogIn()).isTrue();
    }

    @Test
    void newestSnapshot_givenASaveByAnotherInstance_isReadOnceTheKeptTimeHasPassed() {
        TenantId tenant = IdentityFixtures.newTenant(cached.tenantStore());
        cached.snapshotStore().save(MetricsFixtures.snapshot(tenant, NOW, 1));
        assertThat(cached.snapshotStore().latest(tenant).get().generatedAt()).isEqualTo(NOW);

        other.snapshotStore().save(MetricsFixtures.snapshot(tenant, NOW.plusSeconds(3_600), 2));
        Instant kept = cached.snapshotStore().latest(tenant).get().generatedAt();
        nanos.addAndGet(KEPT.toNanos());

        assertThat(kept).isEqualTo(NOW);
        assertThat(cached.snapshotStore().latest(tenant).get().generatedAt()).isEqualTo(NOW.plusSeconds(3_600));
    }

    @Test
    void newestSnapshot_givenTheKeptRowForgottenByAnotherInstance_readsTheNewestInstead() {
        TenantId tenant = IdentityFixtures.newTenant(cached.tenantStore());
        cached.snapshotStore().save(MetricsFixtures.snapshot(tenant, NOW, 1));
        cached.snapshotStore().latest(tenant);
        SnapshotStore notYetParsed = cached.snapshotStore();

        for (int i = 1; i <= 10; i++) {
            other.snapshotStore().save(MetricsFixtures.snapshot(tenant, NOW.plusSeconds(i * 60L), i + 1));
        }

        assertThat(notYetParsed.latest(tenant).get().generatedAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void lookups_givenNoKeptTime_seeAnotherInstancesChangeAtOnce() {
        try (PostgresDatabase uncached = PostgresDatabase.open(settings, Duration.ZERO, nanos::get)) {
            Membership member = member(uncached);
            assertThat(uncached.membershipStore().of(member.tenantId(), member.userId())).contains(member);

            other.membershipStore().remove(member.tenantId(), member.userId());

            assertThat(uncached.membershipStore().of(member.tenantId(), member.userId())).isEmpty();
        }
    }

    private static User withStatus(User user, UserStatus status) {
        return new User(user.id(), user.email(), user.passwordHash(), status, user.createdAt(), NOW);
    }

    private static Membership member(PostgresDatabase database) {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        UserId user = IdentityFixtures.newUser(database.userStore());
        Membership member = new Membership(tenant, user, Role.VIEWER, NOW);
        database.membershipStore().put(member);
        return member;
    }
}
