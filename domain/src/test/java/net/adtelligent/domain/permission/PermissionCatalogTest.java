package net.adtelligent.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

class PermissionCatalogTest {

    private final PermissionCatalog catalog = Catalogs.sample();

    @Test
    void scopesToRequest_givenNoFeatureOn_asksForTheRequiredOnly() {
        assertThat(catalog.scopesToRequest(Platform.META_ADS, Set.of())).containsExactly("ads_read", "business_management");
    }

    @Test
    void scopesToRequest_givenTheFeatureOn_addsItsOptionalPermissionsButNeverOnesNotToBeRequested() {
        assertThat(catalog.scopesToRequest(Platform.META_ADS, Set.of("page_insights", "ad_management")))
                .containsExactly("ads_read", "business_management", "read_insights");
    }

    @Test
    void scopesToRequest_givenOneGoogleProduct_asksOnlyForThatProductsScopes() {
        assertThat(catalog.scopesToRequest(Platform.GA4, Set.of())).containsExactly("analytics.readonly");
        assertThat(catalog.scopesToRequest(Platform.CSV, Set.of())).isEmpty();
    }

    @Test
    void missingRequired_givenAPartialGrant_namesWhatTheProductLacks() {
        assertThat(catalog.missingRequired(Platform.META_ADS, List.of("ads_read", "read_insights")))
                .containsExactly("business_management");
        assertThat(catalog.missingRequired(Platform.META_ADS, List.of("business_management", "ads_read"))).isEmpty();
    }

    @Test
    void optionalFeatures_listsWhatATenantMayTurnOn() {
        assertThat(catalog.optionalFeatures(Platform.META_ADS)).containsExactly("page_insights");
    }

    @Test
    void of_givenAPlatformWithoutItsFile_isRefusedNamingTheFile() {
        assertThatThrownBy(() -> PermissionCatalog.of(catalog.all().subList(0, 4)))
                .hasMessage("no catalog for tiktok (tiktok.yaml)");
    }

    @Test
    void requestedScopes_givenAnOverride_asksForItsShareOfTheOverridingList() {
        RequestedScopes requested = new RequestedScopes(catalog, Map.of(
                PermissionPlatform.META, List.of("ads_read", "ads_management"),
                PermissionPlatform.GOOGLE, List.of("adwords", "analytics.readonly", "openid")));

        assertThat(requested.scopesToRequest(Platform.META_ADS, Set.of("page_insights")))
                .containsExactly("ads_read", "ads_management");
        assertThat(requested.scopesToRequest(Platform.GA4, Set.of())).containsExactly("analytics.readonly", "openid");
        assertThat(requested.scopesToRequest(Platform.LINKEDIN_ADS, Set.of())).containsExactly("r_ads");
        assertThat(requested.missingRequired(Platform.META_ADS, List.of("ads_read", "ads_management")))
                .containsExactly("business_management");
    }
}
