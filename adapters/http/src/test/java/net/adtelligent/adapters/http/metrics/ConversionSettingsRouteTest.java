package net.adtelligent.adapters.http.metrics;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which conversion actions count for a tenant: listed with their defaults, changed, put back. */
class ConversionSettingsRouteTest {

    private static final String LIST = "/api/tenants/acme/settings/conversions/";
    private static final String META = LIST + "meta_ads.conversion_action_types/";

    private final TestApi api = TestApi.start();

    ConversionSettingsRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode meta() {
        for (JsonNode item : json(api.get(LIST)).path("items")) {
            if (item.path("setting").asText().equals("meta_ads.conversion_action_types")) {
                return item;
            }
        }
        throw new AssertionError("no Meta setting listed");
    }

    @Test
    void list_givenNoChoices_answersEverySettingAtItsDefaults() {
        HttpResponse<String> response = api.get(LIST);

        JsonNode page = json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.path("next_cursor").isNull()).isTrue();
        assertThat(page.path("items").findValuesAsText("setting"))
                .contains("meta_ads.conversion_action_types", "linkedin_ads.conversion_fields");
        assertThat(page.path("items").findValuesAsText("is_default")).containsOnly("true");
        assertThat(meta().path("platform").asText()).isEqualTo("META_ADS");
        assertThat(meta().path("description").asText()).contains("Meta");
        assertThat(meta().path("values")).isEqualTo(meta().path("defaults"));
        assertThat(meta().path("defaults").get(0).asText()).isEqualTo("offsite_conversion.fb_pixel_purchase");
    }

    @Test
    void change_givenValues_answersTheChoice_andTheListShowsIt() {
        HttpResponse<String> response = api.put(META, "{\"values\": [\"offsite_conversion.fb_pixel_purchase\", \"lead\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("values").toString()).isEqualTo("[\"offsite_conversion.fb_pixel_purchase\",\"lead\"]");
        assertThat(json(response).path("is_default").asBoolean()).isFalse();
        assertThat(meta()).isEqualTo(json(response));
        assertThat(api.audit.actions()).contains(AuditAction.CONVERSION_SETTING_CHANGED);
    }

    @Test
    void reset_givenChangedSetting_answersItBackAtItsDefaults() {
        JsonNode defaults = meta();
        api.put(META, "{\"values\": [\"lead\"]}");

        HttpResponse<String> response = api.delete(META);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(defaults);
        assertThat(meta().path("is_default").asBoolean()).isTrue();
    }

    @Test
    void change_givenValuesTheRulesRefuse_answers400NamingValues() {
        for (String body : new String[] {"{\"values\": [\"lead\", \"lead\"]}", "{\"values\": []}", "{\"values\": [\" \"]}",
                "{\"values\": \"lead\"}", "{\"values\": [\"lead\", 5]}", "{}", "{\"values\": [\"lead\"], \"is_default\": true}"}) {
            HttpResponse<String> response = api.put(META, body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json(response).path("errors").findValuesAsText("field")).as(body).containsAnyOf("values", "is_default");
        }
        assertThat(meta().path("is_default").asBoolean()).isTrue();
    }

    @Test
    void changeAndReset_givenUnknownSetting_answer404SettingNotFound() {
        HttpResponse<String> changed = api.put(LIST + "meta_ads.no_such_setting/", "{\"values\": [\"lead\"]}");
        HttpResponse<String> reset = api.delete(LIST + "meta_ads.no_such_setting/");

        assertThat(changed.statusCode()).isEqualTo(404);
        assertThat(json(changed).path("type").asText()).isEqualTo("https://adtelligent.net/problems/conversion-setting-not-found");
        assertThat(reset.statusCode()).isEqualTo(404);
    }

    @Test
    void change_givenAnalyst_answers403_butAnalystMayList() {
        TestApi.Session analyst = api.signUp("analyst@example.com");
        api.addMember("acme", analyst, Role.ANALYST);

        assertThat(api.as(analyst).put(META, "{\"values\": [\"lead\"]}").statusCode()).isEqualTo(403);
        assertThat(api.as(analyst).delete(META).statusCode()).isEqualTo(403);
        assertThat(api.as(analyst).get(LIST).statusCode()).isEqualTo(200);
        assertThat(meta().path("is_default").asBoolean()).isTrue();
    }
}
