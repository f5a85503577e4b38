package net.adtelligent.adapters.http.audit;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditRouteTest {

    private static final String AUDIT = "/api/tenants/acme/audit/";

    private final TestApi api = TestApi.start();

    @BeforeEach
    void tenant() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private void renames(int count) {
        for (int i = 1; i <= count; i++) {
            api.clock.advance(Duration.ofSeconds(1));
            api.core.changeTenant().rename(api.actor(), new Slug("acme"), "Acme " + i).get();
        }
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void search_givenChanges_answersNewestFirstWithWhoWhatAndWhere() {
        api.clock.advance(Duration.ofMinutes(1));
        api.send(api.request("/api/tenants/acme/").header("Content-Type", "application/json").header("X-Request-ID", "req-7")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"display_name\": \"Acme Group\"}")));

        JsonNode items = json(api.get(AUDIT)).path("items");

        assertThat(items.findValuesAsText("action")).containsExactly("tenant.changed", "tenant.registered");
        JsonNode changed = items.get(0);
        assertThat(changed.path("actor").asText()).isEqualTo(api.me.id());
        assertThat(changed.path("at").asText()).isEqualTo("2026-11-26T10:16:30.123456Z");
        assertThat(changed.path("target_type").asText()).isEqualTo("tenant");
        assertThat(changed.path("target_id").asText()).isEqualTo("acme");
        assertThat(changed.path("client_address").asText()).isEqualTo("127.0.0.1");
        assertThat(changed.path("user_agent").asText()).startsWith("Java-http-client");
        assertThat(changed.path("correlation_id").asText()).isEqualTo("req-7");
        assertThat(changed.path("details").path("display_name").asText()).isEqualTo("Acme Group");
    }

    @Test
    void search_givenSystemActor_answersNullActor() {
        api.addMember("acme", api.signUp("grace@example.com"), Role.VIEWER);

        JsonNode joined = json(api.get(AUDIT + "?action=member.joined")).path("items").get(0);

        assertThat(joined.path("actor").isNull()).isTrue();
        assertThat(joined.path("client_address").asText()).isEqualTo("local");
    }

    @Test
    void search_givenFilters_answersOnlyMatchingEvents() {
        renames(3);
        String actor = api.me.id();

        assertThat(json(api.get(AUDIT + "?action=tenant.changed")).path("items").size()).isEqualTo(3);
        assertThat(json(api.get(AUDIT + "?actor=" + actor + "&target_type=tenant&target_id=acme")).path("items").size()).isEqualTo(4);
        assertThat(json(api.get(AUDIT + "?target_id=other")).path("items").size()).isZero();
        String from = query("2026-11-26T10:15:32.123456Z");
        String to = query("2026-11-26T10:15:33.123456Z");
        assertThat(json(api.get(AUDIT + "?from=" + from + "&to=" + to)).path("items").findValuesAsText("details"))
                .hasSize(1);
    }

    @Test
    void search_givenLimit_walksEveryEventOncePageByPage() {
        renames(7);
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "";
        do {
            JsonNode page = json(api.get(AUDIT + "?limit=3&cursor=" + query(next)));
            page.path("items").forEach(item -> seen.add(item.path("id").asText()));
            sizes.add(page.path("items").size());
            next = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (next != null);

        assertThat(sizes).containsExactly(3, 3, 2);
        assertThat(seen).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void search_givenMalformedFilters_answers400NamingEach() {
        HttpResponse<String> response = api.get(AUDIT + "?actor=someone&from=yesterday&format=xml");
        HttpResponse<String> filters = api.get(AUDIT + "?actor=someone&from=yesterday&limit=0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("format");
        assertThat(json(filters).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("actor", "from", "limit");
    }

    @Test
    void search_givenInstantsPastAnyPlausibleYear_answers400NamingEach() {
        HttpResponse<String> far = api.get(AUDIT + "?from=%2B999999999-01-01T00:00:00Z&to=-999999999-01-01T00:00:00Z");
        HttpResponse<String> last = api.get(AUDIT + "?from=1900-01-01T00:00:00Z&to=9999-12-31T23:59:59Z");

        assertThat(far.statusCode()).as(far.body()).isEqualTo(400);
        assertThat(json(far).path("errors").findValuesAsText("field")).containsExactly("from", "to");
        assertThat(json(far).path("errors").findValuesAsText("reason")).containsOnly("has a year outside 1900–9999");
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
    }
}
