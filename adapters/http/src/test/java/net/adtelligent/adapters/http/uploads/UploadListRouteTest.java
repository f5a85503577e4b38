package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.adtelligent.adapters.http.OpenApi;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/tenants/{slug}/uploads/csv/: the tenant's latest uploads, a path that also reads as "the upload csv". */
class UploadListRouteTest {

    private static final String LIST = "/api/tenants/acme/uploads/csv/";

    private final TestApi api = TestApi.start();

    UploadListRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void list_givenUploads_answersSummariesNewestFirst_asShownOneByOneButWithTheReportsCountsOnly() {
        String older = UploadRouteTest.upload(api, UploadRouteTest.EXPORT + "2026-11-05,Brand Search,lots,900,30,1\r\n");
        api.put("/api/tenants/acme/uploads/" + older + "/mapping/", "{}");
        api.clock.advance(Duration.ofMinutes(1));
        String newer = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);

        HttpResponse<String> response = api.get(LIST);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json(response);
        assertThat(page.path("next_cursor").isNull()).isTrue();
        assertThat(page.path("items").findValuesAsText("id")).containsExactly(newer, older);
        JsonNode summary = page.path("items").get(1);
        ObjectNode shown = (ObjectNode) json(api.get("/api/tenants/acme/uploads/" + older + "/"));
        ((ObjectNode) shown.path("report")).remove(List.of("problems", "preview"));
        assertThat(summary).isEqualTo(shown);
        assertThat(summary.path("report").path("invalid_rows").asLong()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("report").isNull()).isTrue();
    }

    @Test
    void list_givenALimit_answersThatManyOfTheNewest_andRefusesOneOutsideOneToHundred() {
        String first = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);
        api.clock.advance(Duration.ofSeconds(1));
        String second = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);

        assertThat(json(api.get(LIST + "?limit=1")).path("items").findValuesAsText("id")).containsExactly(second);
        assertThat(json(api.get(LIST + "?limit=100")).path("items").findValuesAsText("id")).containsExactly(second, first);
        for (String limit : new String[] {"0", "101", "-1", "", "ten", "99999999999"}) {
            HttpResponse<String> refused = api.get(LIST + "?limit=" + limit);

            assertThat(refused.statusCode()).as(limit).isEqualTo(400);
            assertThat(json(refused).path("errors").findValuesAsText("field")).as(limit).containsExactly("limit");
        }
    }

    @Test
    void list_givenMoreThanAPage_followsTheCursorThroughEveryUpload_andRefusesOneItDidNotAnswer() {
        String first = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);
        api.clock.advance(Duration.ofSeconds(1));
        String second = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);
        String third = UploadRouteTest.upload(api, UploadRouteTest.EXPORT + "2026-11-05,Brand Search,lots,900,30,1\r\n");

        JsonNode page1 = json(api.get(LIST + "?limit=2"));
        JsonNode page2 = json(api.get(LIST + "?limit=2&cursor=" + page1.path("next_cursor").asText()));

        // The two of one instant by id, then the older one; each once.
        List<String> sameInstant = java.util.stream.Stream.of(second, third).sorted().toList();
        assertThat(page1.path("items").findValuesAsText("id")).containsExactlyElementsOf(sameInstant);
        assertThat(page2.path("items").findValuesAsText("id")).containsExactly(first);
        assertThat(page2.path("next_cursor").isNull()).isTrue();
        // Not base64; "upload:nothing"; and one of ours but for a year PostgreSQL cannot store.
        String farOff = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("upload:+100000-01-01T00:00:00Z/" + first).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : new String[] {"not-ours", "dXBsb2FkOm5vdGhpbmc", farOff}) {
            HttpResponse<String> refused = api.get(LIST + "?cursor=" + cursor);
            assertThat(refused.statusCode()).as(cursor).isEqualTo(400);
            assertThat(json(refused).path("errors").findValuesAsText("field")).as(cursor).containsExactly("cursor");
        }
    }

    @Test
    void list_givenNoUploads_answersAnEmptyPage_notTheUploadNamedCsv() {
        HttpResponse<String> response = api.get(LIST);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("items").isArray()).isTrue();
        assertThat(json(response).path("items")).isEmpty();
        assertThat(api.get("/api/tenants/acme/uploads/" + UUID.randomUUID() + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void options_givenTheUploadPaths_answers405AllowingExactlyTheDocumentedMethods() {
        OpenApi document = new OpenApi(OpenApiDocument.read());
        String one = "/api/tenants/acme/uploads/" + UUID.randomUUID() + "/";

        // Allow names the list's own methods; DELETE still reaches the route of one upload, whose id
        // "csv" can never be, and answers as for no such upload.
        assertThat(allowed(LIST)).isEqualTo(documented(document, "/api/tenants/{slug}/uploads/csv/"))
                .containsExactly("GET", "HEAD", "POST");
        HttpResponse<String> deleteList = api.delete(LIST);
        assertThat(deleteList.statusCode()).isEqualTo(404);
        assertThat(json(deleteList).path("type").asText()).isEqualTo("https://adtelligent.net/problems/upload-not-found");
        assertThat(allowed(one)).isEqualTo(documented(document, "/api/tenants/{slug}/uploads/{upload_id}/"));
    }

    private Set<String> allowed(String path) {
        HttpResponse<String> response = api.send(api.request(path).method("OPTIONS", BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(path).isEqualTo(405);
        return new TreeSet<>(Set.of(TestApi.header(response, "Allow").split(",\\s*")));
    }

    private static Set<String> documented(OpenApi document, String template) {
        Set<String> methods = new TreeSet<>();
        document.operations().keySet().stream()
                .filter(operation -> operation.endsWith(" " + template))
                .forEach(operation -> methods.add(operation.substring(0, operation.indexOf(' ')).toUpperCase(Locale.ROOT)));
        // HEAD comes with every GET (HttpApp); the document lists the GET alone.
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }
}
