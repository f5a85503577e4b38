package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.RequestedScopes;
import org.junit.jupiter.api.Test;

/** What the OAuth flow is given: the shipped catalog, with the ADT_OAUTH_<PLATFORM>_SCOPES overrides read at start. */
class PermissionSettingsTest {

    @Test
    void requestedScopes_givenNoOverride_asksForTheShippedCatalogsRequiredScopes() {
        RequestedScopes requested = Settings.from(Map.of()).permissions().requestedScopes();

        assertThat(requested.scopesToRequest(Platform.META_ADS, Set.of())).containsExactly("ads_read", "business_management");
        assertThat(requested.scopesToRequest(Platform.META_ADS, Set.of("page_insights")))
                .containsExactly("ads_read", "business_management", "read_insights", "pages_show_list");
        assertThat(requested.missingRequired(Platform.LINKEDIN_ADS, List.of("r_ads"))).containsExactly("r_ads_reporting");
    }

    @Test
    void requestedScopes_givenAnOverride_asksForItsListInstead() {
        Settings settings = Settings.from(Map.of("ADT_OAUTH_TIKTOK_SCOPES", "Reporting, Ad Account Management"));

        assertThat(settings.permissions().overrides()).containsOnlyKeys(PermissionPlatform.TIKTOK);
        assertThat(settings.permissions().requestedScopes().scopesToRequest(Platform.TIKTOK_ADS, Set.of()))
                .containsExactly("Reporting", "Ad Account Management");
    }

    @Test
    void review_givenTheShippedCatalogAndChecklist_isInStepWithNoOAuthClientYet() {
        var report = Settings.from(Map.of()).permissions().review(platform -> false).drift();

        assertThat(report.differences()).isEmpty();
        assertThat(report.platforms()).allSatisfy(state -> assertThat(state.oauthConfigured()).isFalse());
    }
}
