package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ConversionSettingsStore must do. An adapter's test extends this and only says how to build one. */
public abstract class ConversionSettingsStoreContract {

    private static final String META = "meta_ads.conversion_action_types";
    private static final String GOOGLE = "google_ads.conversion_actions";

    private ConversionSettingsStore store;
    private TenantId tenant;

    /** The store under test. It may hold other tests' choices: every test uses tenants of its own. */
    protected abstract ConversionSettingsStore store();

    /** Where the tenants that choose are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
    }

    @Test
    void of_givenNothingChosen_isEmpty() {
        assertThat(store.of(tenant)).isEmpty();
    }

    @Test
    void put_givenValues_readsThemBackInTheOrderChosen() {
        store.put(tenant, META, List.of("purchase", "lead", "complete_registration"));
        store.put(tenant, GOOGLE, List.of("Käufe", "a,b", "{\"x\"}", "NULL", ""));

        assertThat(store.of(tenant)).isEqualTo(Map.of(
                META, List.of("purchase", "lead", "complete_registration"),
                GOOGLE, List.of("Käufe", "a,b", "{\"x\"}", "NULL", "")));
    }

    @Test
    void put_givenTheSameSettingAgain_replacesTheValues() {
        store.put(tenant, META, List.of("purchase", "lead"));

        store.put(tenant, META, List.of("lead"));

        assertThat(store.of(tenant)).isEqualTo(Map.of(META, List.of("lead")));
    }

    /** Choosing nothing (count no conversions) is a choice, unlike the defaults. */
    @Test
    void put_givenNoValues_keepsAnEmptyChoice() {
        store.put(tenant, META, List.of());

        assertThat(store.of(tenant)).isEqualTo(Map.of(META, List.of()));
    }

    @Test
    void remove_givenTwoChoices_forgetsOnlyTheOneNamed() {
        store.put(tenant, META, List.of("purchase"));
        store.put(tenant, GOOGLE, List.of("Käufe"));

        store.remove(tenant, META);

        assertThat(store.of(tenant)).isEqualTo(Map.of(GOOGLE, List.of("Käufe")));
    }

    @Test
    void remove_givenNoChoice_doesNothing() {
        store.remove(tenant, META);

        assertThat(store.of(tenant)).isEmpty();
    }

    @Test
    void ofAndRemove_givenAnotherTenantsChoices_neitherSeeNorChangeThem() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        store.put(other, META, List.of("purchase"));

        store.remove(tenant, META);
        store.put(tenant, META, List.of("lead"));

        assertThat(store.of(tenant)).isEqualTo(Map.of(META, List.of("lead")));
        assertThat(store.of(other)).isEqualTo(Map.of(META, List.of("purchase")));
    }
}
