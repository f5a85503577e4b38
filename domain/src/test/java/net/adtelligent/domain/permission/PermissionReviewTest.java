package net.adtelligent.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

class PermissionReviewTest {

    private final PermissionCatalog catalog = Catalogs.sample();
    private final String checklist = ReviewChecklist.render(catalog);

    @Test
    void drift_givenCodeOverridesAndChecklistAsTheCatalogSays_findsNothing() {
        DriftReport report = review(code(), Map.of(PermissionPlatform.META, List.of("ads_read", "business_management")),
                Optional.of(checklist)).drift();

        assertThat(report.inStep()).isTrue();
        assertThat(report.platforms()).extracting(PlatformState::platform).containsExactly(PermissionPlatform.values());
        assertThat(report.platforms().get(0)).isEqualTo(new PlatformState(PermissionPlatform.META, true,
                List.of("ads_read", "business_management"), true));
        assertThat(report.platforms().get(1).oauthConfigured()).isFalse();
    }

    @Test
    void drift_givenAConnectorAskingForMore_namesTheScopeAndWhatTheCatalogSays() {
        Map<Platform, List<String>> code = code();
        code.put(Platform.META_ADS, List.of("ads_read", "business_management", "ads_management", "pages_manage_ads"));

        assertThat(review(code, Map.of(), Optional.of(checklist)).drift().differences()).containsExactly(
                new Difference(PermissionPlatform.META, "ads_management", DriftKind.CODE_NOT_IN_CATALOG,
                        "META_ADS's connector asks for it; the catalog (meta.yaml) says not_requested:"
                                + " change the connector or the catalog"),
                new Difference(PermissionPlatform.META, "pages_manage_ads", DriftKind.CODE_NOT_IN_CATALOG,
                        "META_ADS's connector asks for it; the catalog (meta.yaml) says nothing (not listed):"
                                + " change the connector or the catalog"));
    }

    @Test
    void drift_givenAConnectorAskingForAnotherProductsScope_saysWhoseItIs() {
        Map<Platform, List<String>> code = code();
        code.put(Platform.GA4, List.of("analytics.readonly", "adwords"));

        assertThat(review(code, Map.of(), Optional.of(checklist)).drift().differences())
                .extracting(Difference::scope, Difference::kind, Difference::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adwords", DriftKind.CODE_NOT_IN_CATALOG,
                        "GA4's connector asks for it; the catalog (google.yaml) says it belongs to GOOGLE_ADS:"
                                + " change the connector or the catalog"));
    }

    @Test
    void drift_givenARequiredScopeTheConnectorLacks_reportsIt() {
        Map<Platform, List<String>> code = code();
        code.put(Platform.META_ADS, List.of("ads_read"));

        assertThat(review(code, Map.of(), Optional.of(checklist)).drift().differences())
                .extracting(Difference::scope, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("business_management", DriftKind.CATALOG_NOT_IN_CODE));
    }

    @Test
    void drift_givenAnOverrideThatDiffers_reportsWhatItAddsAndDrops() {
        DriftReport report = review(code(), Map.of(PermissionPlatform.META, List.of("ads_read", "ads_management")),
                Optional.of(checklist)).drift();

        assertThat(report.differences()).extracting(Difference::scope, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ads_management", DriftKind.OVERRIDE_ADDS),
                        org.assertj.core.groups.Tuple.tuple("business_management", DriftKind.OVERRIDE_DROPS));
        assertThat(report.differences().get(0).detail()).startsWith("ADT_OAUTH_META_SCOPES asks for it");
        assertThat(report.platforms().get(0).requested()).containsExactly("ads_read", "ads_management");
    }

    @Test
    void drift_givenAChecklistEditedByHand_reportsItStale() {
        String edited = checklist.replace("ads_read", "ads_read, ads_management");

        assertThat(review(code(), Map.of(), Optional.of(edited)).drift().differences())
                .extracting(Difference::kind).containsExactly(DriftKind.CHECKLIST_STALE);
        assertThat(review(code(), Map.of(), Optional.of(checklist.replace("\n", "\r\n"))).drift().inStep()).isTrue();
    }

    @Test
    void drift_givenNoChecklist_reportsItMissing() {
        assertThat(review(code(), Map.of(), Optional.empty()).drift().differences())
                .extracting(Difference::kind).containsExactly(DriftKind.CHECKLIST_MISSING);
    }

    @Test
    void render_givenTheCatalog_listsRequiredOptionalAndNeverRequestedPermissionsMetaFirst() {
        assertThat(checklist.indexOf("## Meta")).isLessThan(checklist.indexOf("## Google"));
        assertThat(checklist).contains("- [ ] `ads_read` (META_ADS, feature `reporting`): why ads_read\n"
                + "  - Use case: use case of ads_read\n  - Screencast: screencast of ads_read\n");
        assertThat(checklist).contains("### Request when the feature is turned on (optional_near_term)\n\n- [ ] `read_insights`");
        assertThat(checklist).contains("- `manage_pages` (deprecated): why manage_pages\n");
    }

    private PermissionReview review(Map<Platform, List<String>> code, Map<PermissionPlatform, List<String>> overrides,
                                    Optional<String> shipped) {
        return new PermissionReview(new RequestedScopes(catalog, overrides), code, shipped,
                platform -> platform == PermissionPlatform.META);
    }

    private static Map<Platform, List<String>> code() {
        Map<Platform, List<String>> code = new HashMap<>();
        code.put(Platform.META_ADS, List.of("ads_read", "business_management"));
        code.put(Platform.GOOGLE_ADS, List.of("adwords"));
        code.put(Platform.GA4, List.of("analytics.readonly"));
        code.put(Platform.SEARCH_CONSOLE, List.of("webmasters.readonly"));
        code.put(Platform.MICROSOFT_ADS, List.of("msads.manage"));
        code.put(Platform.LINKEDIN_ADS, List.of("r_ads"));
        code.put(Platform.TIKTOK_ADS, List.of("Reporting"));
        return code;
    }
}
