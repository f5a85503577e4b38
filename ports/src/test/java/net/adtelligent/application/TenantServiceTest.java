package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class TenantServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private static final Actor SYSTEM = Actor.system("test");

    private final TestCore test = new TestCore(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Adtelligent core = test.core;

    @Test
    void register_givenValidDraft_storesAnActiveTenant() {
        Tenant tenant = core.registerTenant().register(SYSTEM, draft("acme")).get();

        assertThat(core.tenantDirectory().bySlug("acme").get()).isEqualTo(tenant);
        assertThat(core.tenantDirectory().byId(tenant.id()).get()).isEqualTo(tenant);
        assertThat(tenant.createdAt()).isEqualTo(NOW);
    }

    @Test
    void register_givenTakenSlug_isRejectedAndTheFirstIsKept() {
        Tenant first = core.registerTenant().register(SYSTEM, draft("acme")).get();

        var second = core.registerTenant().register(SYSTEM, new TenantDraft("acme", "Other", "USD", "UTC"));

        assertThat(second.getLeft()).isInstanceOf(TenantRejection.SlugTaken.class);
        assertThat(core.tenantDirectory().bySlug("acme").get()).isEqualTo(first);
    }

    @Test
    void register_givenInvalidDraft_storesNothing() {
        var result = core.registerTenant().register(SYSTEM, new TenantDraft("ok-slug", "", "EUR", "UTC"));

        assertThat(result.getLeft()).isInstanceOf(TenantRejection.Invalid.class);
        assertThat(core.tenantDirectory().bySlug("ok-slug")).isEmpty();
    }

    @Test
    void bySlug_givenTextThatCannotBeASlug_isEmpty() {
        assertThat(core.tenantDirectory().bySlug("../etc")).isEmpty();
    }

    @Test
    void list_givenSevenTenants_walksAllPagesInSlugOrder() {
        for (String slug : List.of("ggg", "aaa", "eee", "ccc", "bbb", "fff", "ddd")) {
            core.registerTenant().register(SYSTEM, draft(slug));
        }
        List<String> seen = new ArrayList<>();
        Option<String> cursor = Option.none();
        int pages = 0;
        do {
            Page<Tenant> page = core.findTenants().list(SYSTEM, new PageQuery(cursor, 3)).get();
            page.items().forEach(t -> seen.add(t.slug().value()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isDefined());

        assertThat(seen).containsExactly("aaa", "bbb", "ccc", "ddd", "eee", "fff", "ggg");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void list_givenExactlyAFullPage_hasNoNextCursor() {
        core.registerTenant().register(SYSTEM, draft("aaa"));
        core.registerTenant().register(SYSTEM, draft("bbb"));

        assertThat(core.findTenants().list(SYSTEM, PageQuery.first(2)).get().nextCursor()).isEmpty();
    }

    @Test
    void list_givenForgedCursorOrBadLimit_namesTheParameter() {
        var forged = core.findTenants().list(SYSTEM, new PageQuery(Option.of("not-a-cursor!"), 10)).getLeft();
        var tooMany = core.findTenants().list(SYSTEM, PageQuery.first(PageQuery.MAX_LIMIT + 1)).getLeft();

        assertThat(((TenantRejection.Invalid) forged).violations().get(0).field()).isEqualTo("cursor");
        assertThat(((TenantRejection.Invalid) tooMany).violations().get(0).field()).isEqualTo("limit");
    }

    @Test
    void suspendAndReactivate_givenActiveTenant_changeTheStoredStatus() {
        core.registerTenant().register(SYSTEM, draft("acme"));

        assertThat(core.changeTenant().suspend(SYSTEM, new Slug("acme")).get().isActive()).isFalse();
        assertThat(core.tenantDirectory().bySlug("acme").get().isActive()).isFalse();
        assertThat(core.changeTenant().reactivate(SYSTEM, new Slug("acme")).get().isActive()).isTrue();
        assertThat(core.tenantDirectory().bySlug("acme").get().isActive()).isTrue();
    }

    @Test
    void rename_givenSuspendedTenant_isRefusedAndNothingChanges() {
        core.registerTenant().register(SYSTEM, draft("acme"));
        core.changeTenant().suspend(SYSTEM, new Slug("acme"));

        var result = core.changeTenant().rename(SYSTEM, new Slug("acme"), "New name");

        assertThat(result.getLeft()).isInstanceOf(TenantRejection.Suspended.class);
        assertThat(core.tenantDirectory().bySlug("acme").get().displayName().value()).isEqualTo("Agency acme");
    }

    @Test
    void change_givenUnknownTenant_isNotFound() {
        assertThat(core.changeTenant().rename(SYSTEM, new Slug("ghost"), "Name").getLeft()).isInstanceOf(AccessRejection.NotFound.class);
    }

    @Test
    void list_givenUser_showsOnlyTheirTenants() {
        var ada = core.manageUsers().createUser(SYSTEM, "ada@example.com", "correct horse battery staple").get();
        Actor asAda = Actor.user(ada.id(), SYSTEM.client());
        core.registerTenant().register(SYSTEM, draft("zeta"));
        core.registerTenant().register(asAda, draft("mine"));

        assertThat(core.findTenants().list(asAda, PageQuery.first(10)).get().items())
                .extracting(t -> t.slug().value()).containsExactly("mine");
    }

    @Test
    void change_givenViewer_isForbiddenAndNothingChanges() {
        var viewer = core.manageUsers().createUser(SYSTEM, "viewer@example.com", "correct horse battery staple").get();
        core.registerTenant().register(SYSTEM, draft("acme"));
        core.manageUsers().addMember(SYSTEM, "acme", viewer, net.adtelligent.domain.identity.Role.VIEWER);

        var result = core.changeTenant().rename(Actor.user(viewer.id(), SYSTEM.client()), new Slug("acme"), "Mine now");

        assertThat(result.getLeft()).isInstanceOf(AccessRejection.Forbidden.class);
        assertThat(core.tenantDirectory().bySlug("acme").get().displayName().value()).isEqualTo("Agency acme");
    }
}
