package net.adtelligent.adapters.http.tenants;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantListTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private void registerAs(Actor actor, String slug) {
        api.core.registerTenant().register(actor, new TenantDraft(slug, "Agency " + slug, "EUR", "UTC")).get();
    }

    @Test
    void list_givenMoreTenantsThanLimit_walksEveryPageInSlugOrder() {
        List<String> slugs = IntStream.rangeClosed(1, 7).mapToObj(i -> "tenant-" + i).toList();
        slugs.forEach(slug -> registerAs(api.actor(), slug));

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = "";
        do {
            JsonNode page = json(api.get("/api/tenants/?limit=3&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            page.path("items").forEach(item -> seen.add(item.path("slug").asText()));
            pageSizes.add(page.path("items").size());
            next = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (next != null);

        assertThat(seen).isEqualTo(slugs);
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    void list_givenNoParameters_answersFirst50WithCursor() {
        IntStream.rangeClosed(100, 151).forEach(i -> registerAs(api.actor(), "t" + i));

        JsonNode page = json(api.get("/api/tenants/"));

        assertThat(page.path("items").size()).isEqualTo(50);
        assertThat(page.path("next_cursor").isTextual()).isTrue();
    }

    @Test
    void list_givenTenantsOfOthersAndTheSystem_answersOnlyTheCallersOwn() {
        registerAs(api.actor(), "mine");
        registerAs(Actor.system("test"), "operators");
        TestApi grace = api.as(api.signUp("grace@example.com"));
        grace.register("graces");

        JsonNode page = json(api.get("/api/tenants/"));

        assertThat(page.path("items").findValuesAsText("slug")).containsExactly("mine");
        assertThat(json(grace.get("/api/tenants/")).path("items").findValuesAsText("slug")).containsExactly("graces");
    }

    @Test
    void list_givenNoTenants_answersEmptyItemsAndNullCursor() {
        JsonNode page = json(api.get("/api/tenants/"));

        assertThat(page.toString()).isEqualTo("{\"items\":[],\"next_cursor\":null}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "201", "abc", "-1", "1.5", "99999999999"})
    void list_givenBadLimit_answers400NamingLimit(String limit) {
        var response = api.get("/api/tenants/?limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("limit");
    }

    @Test
    void list_givenCursorItDidNotReturn_answers400NamingCursor() {
        var response = api.get("/api/tenants/?cursor=not-a-cursor");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("cursor");
    }
}
