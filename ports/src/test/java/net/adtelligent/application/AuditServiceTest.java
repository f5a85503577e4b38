package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.ReadAudit.AuditQuery;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final AuditQuery ALL = AuditQuery.defaults();

    private final MutableClock clock = new MutableClock();
    private final TestCore test = new TestCore(clock);
    private final User owner = test.core.manageUsers().createUser(Actor.system("test"), "owner@example.com",
            "correct horse battery staple").get();
    private final Actor asOwner = Actor.user(owner.id(), CLIENT);

    AuditServiceTest() {
        test.core.registerTenant().register(asOwner, draft("acme"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            test.core.changeTenant().rename(asOwner, new Slug("acme"), "Acme " + i);
        }
    }

    @Test
    void search_givenOwner_walksEveryEventNewestFirst() {
        List<AuditEvent> seen = new ArrayList<>();
        Option<String> cursor = Option.none();
        do {
            Page<AuditEvent> page = test.core.readAudit().search(asOwner, new Slug("acme"), ALL, new PageQuery(cursor, 2)).get();
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isDefined());

        assertThat(seen).hasSize(6);
        assertThat(seen.get(0).details()).containsEntry("display_name", "Acme 4");
        assertThat(seen.get(5).action()).isEqualTo(AuditAction.TENANT_REGISTERED);
        assertThat(seen).extracting(AuditEvent::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void search_givenActionAndTimeFilters_returnsOnlyMatches() {
        String from = clock.instant().minus(Duration.ofMinutes(2)).toString();
        var query = new AuditQuery(Option.of(owner.id().toString()), Option.of(AuditAction.TENANT_CHANGED), Option.none(),
                Option.none(), Option.of(from), Option.none());

        var found = test.core.readAudit().search(asOwner, new Slug("acme"), query, PageQuery.first(50)).get().items();

        assertThat(found).hasSize(3).allMatch(event -> event.action().equals(AuditAction.TENANT_CHANGED));
    }

    @Test
    void search_givenMalformedFilters_namesEachOne() {
        var query = new AuditQuery(Option.of("not-a-uuid"), Option.none(), Option.none(), Option.of("a\u0000b"),
                Option.of("yesterday"), Option.none());

        var rejection = (IdentityRejection.Invalid) test.core.readAudit().search(asOwner, new Slug("acme"), query, PageQuery.first(10))
                .getLeft();

        assertThat(rejection.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder("actor", "target_id", "from");
    }

    @Test
    void search_givenAnalyst_isForbidden() {
        User analyst = test.core.manageUsers().createUser(Actor.system("test"), "analyst@example.com",
                "correct horse battery staple").get();
        test.core.manageUsers().addMember(Actor.system("test"), "acme", analyst, Role.ANALYST);

        var result = test.core.readAudit().search(Actor.user(analyst.id(), CLIENT), new Slug("acme"), ALL, PageQuery.first(10));

        assertThat(result.getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
    }
}
