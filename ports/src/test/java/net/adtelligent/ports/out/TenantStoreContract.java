package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.TenantFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantChanges;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every TenantStore must do. An adapter's test extends this and only says how to build one. */
public abstract class TenantStoreContract {

    private TenantStore store;

    /** A store with no tenants in it. */
    protected abstract TenantStore emptyStore();

    @BeforeEach
    void setUp() {
        store = emptyStore();
    }

    @Test
    void add_givenNewTenant_isFoundByIdAndSlugWithEveryField() {
        Tenant acme = tenant("acme");

        assertThat(store.add(acme).get()).isEqualTo(acme);

        assertThat(store.byId(acme.id()).get()).isEqualTo(acme);
        assertThat(store.bySlug(new Slug("acme")).get()).isEqualTo(acme);
    }

    @Test
    void add_givenTakenSlug_answersSlugTakenAndKeepsTheFirst() {
        Tenant first = tenant("acme");
        store.add(first);

        var second = store.add(tenant("acme"));

        assertThat(second.getLeft()).isEqualTo(new TenantRejection.SlugTaken(new Slug("acme")));
        assertThat(store.bySlug(new Slug("acme")).get()).isEqualTo(first);
    }

    @Test
    void add_givenSameSlugConcurrently_storesExactlyOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> store.add(tenant("contested")).isRight());
            }
            long added = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                added += result.get() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
            assertThat(store.listAfter(Option.none(), 100)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lookup_givenUnknownIdOrSlug_isEmpty() {
        store.add(tenant("acme"));

        assertThat(store.byId(TenantId.random())).isEmpty();
        assertThat(store.bySlug(new Slug("other"))).isEmpty();
    }

    @Test
    void listAfter_givenSeveralTenants_pagesInSlugOrderWithoutGapsOrRepeats() {
        for (String slug : List.of("delta", "alpha", "charlie", "echo", "bravo")) {
            store.add(tenant(slug));
        }

        List<Tenant> first = store.listAfter(Option.none(), 2);
        List<Tenant> second = store.listAfter(Option.of(first.get(1).slug()), 2);
        List<Tenant> third = store.listAfter(Option.of(second.get(1).slug()), 2);

        assertThat(first).extracting(t -> t.slug().value()).containsExactly("alpha", "bravo");
        assertThat(second).extracting(t -> t.slug().value()).containsExactly("charlie", "delta");
        assertThat(third).extracting(t -> t.slug().value()).containsExactly("echo");
    }

    @Test
    void listAfter_givenHyphensAndDigits_ordersByCodePointLikeTheCursor() {
        // Locale collations ignore hyphens; paging must not depend on the server's locale.
        for (String slug : List.of("ab1", "a0c", "a-c")) {
            store.add(tenant(slug));
        }

        assertThat(store.listAfter(Option.none(), 10)).extracting(t -> t.slug().value())
                .containsExactly("a-c", "a0c", "ab1");
        assertThat(store.listAfter(Option.of(new Slug("a-c")), 10)).extracting(t -> t.slug().value())
                .containsExactly("a0c", "ab1");
    }

    @Test
    void listAfter_givenNoTenants_isEmpty() {
        assertThat(store.listAfter(Option.none(), 10)).isEmpty();
    }

    @Test
    void replace_givenChangedTenant_storesTheChange() {
        Tenant acme = tenant("acme");
        store.add(acme);
        Instant later = acme.createdAt().plusSeconds(60);
        Tenant renamed = acme.change(TenantChanges.rename("Acme Media"), later).get();
        Tenant suspended = renamed.change(new TenantChanges(Option.none(), Option.of("suspended")), later).get();

        store.replace(suspended);

        Tenant stored = store.bySlug(acme.slug()).get();
        assertThat(stored).isEqualTo(suspended);
        assertThat(stored.displayName().value()).isEqualTo("Acme Media");
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.updatedAt()).isEqualTo(later);
    }

    @Test
    void replace_givenUnknownTenant_fails() {
        assertThatThrownBy(() -> store.replace(tenant("ghost"))).isInstanceOf(RuntimeException.class);
        assertThat(store.bySlug(new Slug("ghost"))).isEmpty();
    }
}
