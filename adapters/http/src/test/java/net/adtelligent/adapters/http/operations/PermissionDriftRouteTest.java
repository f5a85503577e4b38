package net.adtelligent.adapters.http.operations;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.adtelligent.adapters.http.PermissionReviews;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.permission.PermissionPlatform;
import org.junit.jupiter.api.Test;

class PermissionDriftRouteTest {

    private static final String PATH = "/api/permissions/drift/";
    private static final String TOKEN = "operators-metrics-token-0123456789";

    @Test
    void drift_givenTheOperatorsTokenAndNoDrift_answersEveryPlatformInStep() {
        try (TestApi api = TestApi.start(settings -> settings.withMetricsToken(TOKEN)
                .withPermissionReview(PermissionReviews.inStep()))) {
            HttpResponse<String> response = asOperator(api);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(TestApi.header(response, "Cache-Control")).isEqualTo("no-store");
            JsonNode body = json(response);
            assertThat(body.path("status").asText()).isEqualTo("in_step");
            assertThat(body.path("differences").size()).isZero();
            assertThat(body.path("platforms").get(0).toString()).isEqualTo("{\"platform\":\"meta\",\"oauth_configured\":false,"
                    + "\"requested\":[\"ads_read\",\"business_management\"],\"overridden\":false}");
            assertThat(body.path("platforms").get(1).path("oauth_configured").asBoolean()).isTrue();
        }
    }

    @Test
    void drift_givenAnOverrideOfTheCatalog_answersDriftNamingTheSettingAndScope() {
        try (TestApi api = TestApi.start(settings -> settings.withMetricsToken(TOKEN).withPermissionReview(
                PermissionReviews.withOverrides(Map.of(PermissionPlatform.META, List.of("ads_read", "ads_management")))))) {
            JsonNode body = json(asOperator(api));

            assertThat(body.path("status").asText()).isEqualTo("drift");
            assertThat(body.path("platforms").get(0).path("overridden").asBoolean()).isTrue();
            assertThat(body.path("differences").get(0).path("kind").asText()).isEqualTo("override_adds");
            assertThat(body.path("differences").get(0).path("scope").asText()).isEqualTo("ads_management");
            assertThat(body.path("differences").get(0).path("detail").asText()).startsWith("ADT_OAUTH_META_SCOPES asks for it");
            assertThat(body.path("differences").get(1).path("kind").asText()).isEqualTo("override_drops");
        }
    }

    @Test
    void drift_givenNoTokenAUsersTokenOrAWrongOne_answers401WithAChallenge() {
        try (TestApi api = TestApi.start(settings -> settings.withMetricsToken(TOKEN)
                .withPermissionReview(PermissionReviews.inStep()))) {
            for (HttpResponse<String> response : List.of(api.anonymous().get(PATH), api.get(PATH),
                    api.send(api.request(PATH).setHeader("Authorization", "Bearer " + TOKEN + "x")))) {
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(TestApi.header(response, "WWW-Authenticate")).startsWith("Bearer");
                assertThat(response.body()).doesNotContain("ads_read");
            }
        }
    }

    @Test
    void drift_givenNoMetricsTokenConfigured_answers404AsAPathNothingServes() {
        try (TestApi api = TestApi.start(settings -> settings.withPermissionReview(PermissionReviews.inStep()))) {
            HttpResponse<String> response = asOperator(api);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("ads_read");
        }
    }

    @Test
    void drift_givenNoCheckToServe_answers404EvenToAnOperator() {
        try (TestApi api = TestApi.start(settings -> settings.withMetricsToken(TOKEN))) {
            assertThat(asOperator(api).statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> asOperator(TestApi api) {
        return api.send(api.request(PATH).setHeader("Authorization", "Bearer " + TOKEN));
    }
}
