package net.adtelligent.bootstrap;

import static net.adtelligent.bootstrap.StandaloneServiceTest.get;
import static net.adtelligent.bootstrap.StandaloneServiceTest.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service, each with its own data folder, on one database, as behind a load
 * balancer: an upload sent to one is mapped, committed or deleted through the other.
 */
class TwoInstancesUploadTest {

    private static final String PASSWORD = StandaloneServiceTest.PASSWORD;
    private static final String CSV = "Day,Campaign,Cost\n2024-05-01,Brand,10.50\n2024-05-02,Brand,4.25\n";
    private static final String MAPPING =
            "{\"columns\":{\"date\":\"Day\",\"campaign_name\":\"Campaign\",\"spend\":\"Cost\"},\"currency\":\"EUR\"}";

    private static PostgresSettings database;

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @BeforeAll
    static void oneDatabase() {
        database = EmbeddedPostgresFixture.migratedDatabase();
    }

    private Settings settings(Path dataDir) {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?")
                + "user=" + URLEncoder.encode(database.user(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8);
        return Settings.from(Map.of("ADT_DATABASE_URL", url, "ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
    }

    @Test
    void upload_givenTwoInstances_isMappedAndCommittedThroughTheOtherAndLeavesNoLocalFile() throws Exception {
        try (StandaloneService a = StandaloneService.start(settings(dataA), core -> DemoData.ensure(core, Optional.of(PASSWORD)));
                StandaloneService b = StandaloneService.start(settings(dataB))) {
            String tokenA = logIn(a.httpPort(), DemoData.EMAIL, PASSWORD);
            String tokenB = logIn(b.httpPort(), DemoData.EMAIL, PASSWORD);

            String id = uploaded(a.httpPort(), tokenA);
            HttpResponse<String> mapped = send(b.httpPort(), tokenB, "PUT", "/api/tenants/demo/uploads/" + id + "/mapping/",
                    "application/json", MAPPING);
            HttpResponse<String> committed = send(b.httpPort(), tokenB, "POST", "/api/tenants/demo/uploads/" + id + "/commit/",
                    "application/json", "");
            HttpResponse<String> seenOnA = get(a.httpPort(), "/api/tenants/demo/uploads/" + id + "/", tokenA);

            assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);
            assertThat(mapped.body()).contains("\"status\":\"ready\"");
            assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
            assertThat(seenOnA.body()).contains("\"status\":\"committed\"");
            assertThat(filesUnder(dataA)).noneMatch(file -> file.toString().contains("uploads"));
            assertThat(filesUnder(dataB)).noneMatch(file -> file.toString().contains("uploads"));
        }
    }

    @Test
    void delete_givenTwoInstances_removesThroughTheOtherWhatOneReceived() throws Exception {
        try (StandaloneService a = StandaloneService.start(settings(dataA), core -> DemoData.ensure(core, Optional.of(PASSWORD)));
                StandaloneService b = StandaloneService.start(settings(dataB))) {
            String tokenA = logIn(a.httpPort(), DemoData.EMAIL, PASSWORD);
            String tokenB = logIn(b.httpPort(), DemoData.EMAIL, PASSWORD);
            String id = uploaded(a.httpPort(), tokenA);

            HttpResponse<String> deleted = send(b.httpPort(), tokenB, "DELETE", "/api/tenants/demo/uploads/" + id + "/",
                    "application/json", "");
            HttpResponse<String> seenOnA = get(a.httpPort(), "/api/tenants/demo/uploads/" + id + "/", tokenA);

            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
            assertThat(seenOnA.statusCode()).isEqualTo(404);
        }
    }

    private static String uploaded(int port, String token) throws Exception {
        HttpResponse<String> upload = send(port, token, "POST", "/api/tenants/demo/uploads/csv/?file_name=spend.csv",
                "text/csv", CSV);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(upload.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static HttpResponse<String> send(int port, String token, String method, String path, String type,
                                             String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", type)
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
