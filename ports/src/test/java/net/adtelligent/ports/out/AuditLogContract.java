package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every AuditLog must do. An adapter's test extends this and only says how to build one.
 * Longer than most contracts: the search has six filters, an order and a position to prove.
 */
public abstract class AuditLogContract {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "curl/8.5", "req-1");

    private final UserId ann = UserId.random();
    private final UserId bob = UserId.random();
    private AuditLog log;
    private TenantId acme;
    private TenantId globex;

    /** The log under test. It may hold other tests' events: every test uses tenants of its own. */
    protected abstract AuditLog auditLog();

    /** Where the tenants that events belong to are registered (the same database, for a real log). */
    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUp() {
        log = auditLog();
        acme = IdentityFixtures.newTenant(tenantStore());
        globex = IdentityFixtures.newTenant(tenantStore());
    }

    @Test
    void record_givenTenantEvent_isFoundWithEveryFieldUnicodeAndQuotesIntact() {
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Option.of(acme), Option.of(ann),
                AuditAction.TENANT_CHANGED, "tenant", "acme", new ClientInfo("2001:db8::1", "Mozilla/5.0 \"ü\"", "c-1"),
                NOW, Map.of("display_name", "Zoë's \"Café\" 東京 🚀", "back\\slash", "line\nbreak\ttab", "empty", ""));

        log.record(event);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(event);
    }

    @Test
    void record_givenEventWithoutActorOrDetails_isFoundAsRecorded() {
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Option.of(acme), Option.none(),
                AuditAction.TENANT_REGISTERED, "tenant", "acme", ClientInfo.local("cli"), NOW, Map.of());

        log.record(event);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(event);
    }

    @Test
    void record_givenAccountEventWithoutTenant_isStoredButInNoTenantsSearch() {
        AuditEvent ofAcme = event(acme, NOW);
        log.record(ofAcme);

        log.record(new AuditEvent(UUID.randomUUID(), Option.none(), Option.of(ann), AuditAction.LOGIN_SUCCEEDED,
                "user", ann.toString(), CLIENT, NOW.plusSeconds(1), Map.of()));

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(ofAcme);
        assertThat(search(globex, AuditFilter.all(), Option.none(), 10)).isEmpty();
    }

    @Test
    void record_givenIdRecordedBefore_failsAndKeepsTheOriginal() {
        AuditEvent original = event(acme, NOW);
        log.record(original);
        AuditEvent rewritten = new AuditEvent(original.id(), Option.of(acme), Option.none(), "tampered", "x", "y",
                CLIENT, NOW.plusSeconds(5), Map.of());

        assertThatThrownBy(() -> log.record(rewritten)).isInstanceOf(RuntimeException.class);
        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(original);
    }

    @Test
    void search_givenEventsOfTwoTenants_answersOnlyTheAskedTenants() {
        AuditEvent ofAcme = event(acme, NOW);
        AuditEvent ofGlobex = event(globex, NOW);
        log.record(ofAcme);
        log.record(ofGlobex);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(ofAcme);
        assertThat(search(globex, AuditFilter.all(), Option.none(), 10)).containsExactly(ofGlobex);
        assertThat(search(IdentityFixtures.newTenant(tenantStore()), AuditFilter.all(), Option.none(), 10)).isEmpty();
    }

    @Test
    void search_givenEventsRecordedInAnyOrder_answersNewestFirst() {
        AuditEvent oldest = event(acme, NOW);
        AuditEvent newest = event(acme, NOW.plusSeconds(20));
        AuditEvent middle = event(acme, NOW.plusSeconds(10));
        List.of(middle, oldest, newest).forEach(log::record);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(newest, middle, oldest);
    }

    /** Ids order as their text does (unsigned), not as java.util.UUID.compareTo (signed). */
    @Test
    void search_givenEventsAtTheSameInstant_ordersThemByIdDescending() {
        AuditEvent low = event(acme, NOW, idStartingWith(0x00000001L));
        AuditEvent belowHalf = event(acme, NOW, idStartingWith(0x7fffffffL));
        AuditEvent aboveHalf = event(acme, NOW, idStartingWith(0x80000000L));
        AuditEvent high = event(acme, NOW, idStartingWith(0xffffffffL));
        List.of(belowHalf, high, low, aboveHalf).forEach(log::record);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).containsExactly(high, aboveHalf, belowHalf, low);
    }

    @Test
    void search_givenPositions_pagesThroughTiesWithoutGapsOrRepeats() {
        List<AuditEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            AuditEvent event = event(acme, NOW.plusSeconds(i / 3)); // three events share each second
            log.record(event);
            recorded.add(event);
        }

        List<AuditEvent> seen = new ArrayList<>();
        Option<AuditPosition> after = Option.none();
        List<AuditEvent> page;
        do {
            page = search(acme, AuditFilter.all(), after, 2);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            seen.addAll(page);
            after = page.isEmpty() ? after : Option.of(positionOf(page.get(page.size() - 1)));
        } while (!page.isEmpty());

        assertThat(seen).containsExactlyElementsOf(search(acme, AuditFilter.all(), Option.none(), 100));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void search_givenLimit_answersAtMostThatManyNewestFirst() {
        AuditEvent first = event(acme, NOW);
        AuditEvent second = event(acme, NOW.plusSeconds(1));
        AuditEvent third = event(acme, NOW.plusSeconds(2));
        List.of(first, second, third).forEach(log::record);

        assertThat(search(acme, AuditFilter.all(), Option.none(), 2)).containsExactly(third, second);
        assertThat(search(acme, AuditFilter.all(), Option.of(positionOf(third)), 1)).containsExactly(second);
    }

    @Test
    void search_givenNoEvents_isEmpty() {
        assertThat(search(acme, AuditFilter.all(), Option.none(), 10)).isEmpty();
    }

    @Test
    void search_givenEachFilterAlone_answersOnlyMatchingEventsNewestFirst() {
        List<AuditEvent> e = recordVariety();

        assertThat(search(acme, filter(Option.of(ann), none(), none(), none(), none(), none())))
                .containsExactly(e.get(2), e.get(0));
        assertThat(search(acme, filter(none(), Option.of(AuditAction.MEMBER_INVITED), none(), none(), none(), none())))
                .containsExactly(e.get(4), e.get(0));
        assertThat(search(acme, filter(none(), none(), Option.of("user"), none(), none(), none())))
                .containsExactly(e.get(2), e.get(1));
        assertThat(search(acme, filter(none(), none(), none(), Option.of("u1"), none(), none())))
                .containsExactly(e.get(2));
    }

    @Test
    void search_givenFromAndTo_includesFromAndExcludesTo() {
        List<AuditEvent> e = recordVariety();

        assertThat(search(acme, filter(none(), none(), none(), none(), Option.of(NOW.plusSeconds(20)), none())))
                .containsExactly(e.get(4), e.get(3), e.get(2));
        assertThat(search(acme, filter(none(), none(), none(), none(), none(), Option.of(NOW.plusSeconds(20)))))
                .containsExactly(e.get(1), e.get(0));
        assertThat(search(acme, filter(none(), none(), none(), none(),
                Option.of(NOW.plusSeconds(10)), Option.of(NOW.plusSeconds(40)))))
                .containsExactly(e.get(3), e.get(2), e.get(1));
    }

    @Test
    void search_givenFiltersCombined_answersEventsMatchingAllOfThem() {
        List<AuditEvent> e = recordVariety();

        assertThat(search(acme, filter(Option.of(bob), Option.of(AuditAction.MEMBER_INVITED), none(), none(),
                none(), none()))).containsExactly(e.get(4));
        assertThat(search(acme, filter(Option.of(ann), none(), Option.of("user"), Option.of("u1"),
                Option.of(NOW.plusSeconds(10)), Option.of(NOW.plusSeconds(30))))).containsExactly(e.get(2));
        assertThat(search(acme, filter(Option.of(ann), Option.of(AuditAction.MEMBER_JOINED), none(), none(),
                none(), none()))).isEmpty();
    }

    @Test
    void search_givenFilterAndPosition_continuesWithinTheFilter() {
        List<AuditEvent> e = recordVariety();
        AuditFilter invitations = filter(none(), none(), Option.of("invitation"), none(), none(), none());

        assertThat(log.search(acme, invitations, Option.of(positionOf(e.get(4))), 10)).containsExactly(e.get(0));
        assertThat(log.search(acme, invitations, Option.of(positionOf(e.get(0))), 10)).isEmpty();
    }

    /** Five events of acme ten seconds apart, a similar one of globex: what the filter tests search. */
    private List<AuditEvent> recordVariety() {
        List<AuditEvent> events = List.of(
                variety(Option.of(ann), AuditAction.MEMBER_INVITED, "invitation", "x@example.com", 0),
                variety(Option.of(bob), AuditAction.MEMBER_JOINED, "user", "u2", 10),
                variety(Option.of(ann), AuditAction.MEMBER_ROLE_CHANGED, "user", "u1", 20),
                variety(Option.none(), AuditAction.TENANT_CHANGED, "tenant", acme.toString(), 30),
                variety(Option.of(bob), AuditAction.MEMBER_INVITED, "invitation", "y@example.com", 40));
        events.forEach(log::record);
        log.record(new AuditEvent(UUID.randomUUID(), Option.of(globex), Option.of(ann), AuditAction.MEMBER_INVITED,
                "user", "u1", CLIENT, NOW.plusSeconds(20), Map.of()));
        return events;
    }

    private AuditEvent variety(Option<UserId> actor, String action, String targetType, String targetId, int second) {
        return new AuditEvent(UUID.randomUUID(), Option.of(acme), actor, action, targetType, targetId, CLIENT,
                NOW.plusSeconds(second), Map.of());
    }

    private static AuditFilter filter(Option<UserId> actor, Option<String> action, Option<String> targetType,
                                      Option<String> targetId, Option<Instant> from, Option<Instant> to) {
        return new AuditFilter(actor, action, targetType, targetId, from, to);
    }

    private static <T> Option<T> none() {
        return Option.none();
    }

    private List<AuditEvent> search(TenantId tenant, AuditFilter filter) {
        return log.search(tenant, filter, Option.none(), 100);
    }

    private List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
        return log.search(tenant, filter, after, limit);
    }

    private static AuditPosition positionOf(AuditEvent event) {
        return new AuditPosition(event.at(), event.id());
    }

    private AuditEvent event(TenantId tenant, Instant at) {
        return event(tenant, at, UUID.randomUUID());
    }

    private AuditEvent event(TenantId tenant, Instant at, UUID id) {
        return new AuditEvent(id, Option.of(tenant), Option.of(ann), AuditAction.MEMBER_INVITED, "invitation",
                "x@example.com", CLIENT, at, Map.of("role", "viewer"));
    }

    private static UUID idStartingWith(long first32Bits) {
        UUID random = UUID.randomUUID();
        return new UUID(first32Bits << 32 | (random.getMostSignificantBits() & 0xffffffffL),
                random.getLeastSignificantBits());
    }
}
