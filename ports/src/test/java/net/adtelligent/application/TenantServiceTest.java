package net.adtelligent.application;

import static net.adtelligent.ports.out.TenantFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.memory.InMemoryTenantStore;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import org.junit.jupiter.api.Test;

class TenantServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private final Adtelligent core = Adtelligent.builder()
            .tenantStore(new InMemoryTenantStore())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();

    @Test
    void register_givenValidDraft_storesAnActiveTenant() {
        Tenant tenant = core.registerTenant().register(draft("acme")).get();

        assertThat(core.findTenants().bySlug("acme").get()).isEqualTo(tenant);
        assertThat(core.findTenants().byId(tenant.id()).get()).isEqualTo(tenant);
        assertThat(tenant.createdAt()).isEqualTo(NOW);
    }

    @Test
    void register_givenTakenSlug_isRejectedAndTheFirstIsKept() {
        Tenant first = core.registerTenant().register(draft("acme")).get();

        var second = core.registerTenant().register(new TenantDraft("acme", "Other", "USD", "UTC"));

        assertThat(second.getLeft()).isInstanceOf(TenantRejection.SlugTaken.class);
        assertThat(core.findTenants().bySlug("acme").get()).isEqualTo(first);
    }

    @Test
    void register_givenInvalidDraft_storesNothing() {
        var result = core.registerTenant().register(new TenantDraft("ok-slug", "", "EUR", "UTC"));

        assertThat(result.getLeft()).isInstanceOf(TenantRejection.Invalid.class);
        assertThat(core.findTenants().bySlug("ok-slug")).isEmpty();
    }

    @Test
    void bySlug_givenTextThatCannotBeASlug_isEmpty() {
        assertThat(core.findTenants().bySlug("../etc")).isEmpty();
    }

    @Test
    void list_givenSevenTenants_walksAllPagesInSlugOrder() {
        for (String slug : List.of("ggg", "aaa", "eee", "ccc", "bbb", "fff", "ddd")) {
            core.registerTenant().register(draft(slug));
        }
        List<String> seen = new ArrayList<>();
        Option<String> cursor = Option.none();
        int pages = 0;
        do {
            Page<Tenant> page = core.findTenants().list(new PageQuery(cursor, 3)).get();
            page.items().forEach(t -> seen.add(t.slug().value()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isDefined());

        assertThat(seen).containsExactly("aaa", "bbb", "ccc", "ddd", "eee", "fff", "ggg");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void list_givenExactlyAFullPage_hasNoNextCursor() {
        core.registerTenant().register(draft("aaa"));
        core.registerTenant().register(draft("bbb"));

        assertThat(core.findTenants().list(PageQuery.first(2)).get().nextCursor()).isEmpty();
    }

    @Test
    void list_givenForgedCursorOrBadLimit_namesTheParameter() {
        var forged = core.findTenants().list(new PageQuery(Option.of("not-a-cursor!"), 10)).getLeft();
        var tooMany = core.findTenants().list(PageQuery.first(PageQuery.MAX_LIMIT + 1)).getLeft();

        assertThat(((TenantRejection.Invalid) forged).violations().get(0).field()).isEqualTo("cursor");
        assertThat(((TenantRejection.Invalid) tooMany).violations().get(0).field()).isEqualTo("limit");
    }

    @Test
    void suspendAndReactivate_givenActiveTenant_changeTheStoredStatus() {
        core.registerTenant().register(draft("acme"));

        assertThat(core.changeTenant().suspend("acme").get().isActive()).isFalse();
        assertThat(core.findTenants().bySlug("acme").get().isActive()).isFalse();
        assertThat(core.changeTenant().reactivate("acme").get().isActive()).isTrue();
        assertThat(core.findTenants().bySlug("acme").get().isActive()).isTrue();
    }

    @Test
    void rename_givenSuspendedTenant_isRefusedAndNothingChanges() {
        core.registerTenant().register(draft("acme"));
        core.changeTenant().suspend("acme");

        var result = core.changeTenant().rename("acme", "New name");

        assertThat(result.getLeft()).isInstanceOf(TenantRejection.Suspended.class);
        assertThat(core.findTenants().bySlug("acme").get().displayName().value()).isEqualTo("Agency acme");
    }

    @Test
    void change_givenUnknownTenant_isNotFound() {
        assertThat(core.changeTenant().rename("ghost", "Name").getLeft()).isInstanceOf(TenantRejection.NotFound.class);
    }
}
