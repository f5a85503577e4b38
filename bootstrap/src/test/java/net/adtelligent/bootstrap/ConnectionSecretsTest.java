package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Credentials given through the API, the way a user gives them (valid, rotated, and refused ones),
 * are found nowhere afterwards: not in any answer, not in any table of the database (every row of
 * every table as text, and bytea as hex), not in any log line of the service, and not in any file
 * of the database server: its tables' files and its write-ahead log, after a checkpoint and a WAL
 * switch, searched for the values' UTF-8 bytes. A plain value stored on purpose (a connection's
 * name) is found by both searches, so they are shown able to find one.
 */
class ConnectionSecretsTest {

    /** Obviously fake values, each unlike anything else the service stores. */
    private static final List<String> SECRETS = List.of("EAAzzfakeSecretSearchMetaTokenzz", "fakeSecretSearchClientSecret",
            "fake-secret-search-refresh-token", "fakeSecretSearchDevTok", "fakeSecretSearchRotatedToken",
            "fakeSecretSearchRefusedValue", "fakeSecretSearchServiceAccount");
    /** Stored plain on purpose, as a connection's name: every search must find it. */
    private static final String PLAIN_MARKER = "plainSearchMarkerConnectionNameQx7";

    @TempDir
    Path dataDir;

    @Test
    void credentialsGivenThroughTheApi_areInNoAnswerNoTableAndNoLogLine() throws Exception {
        PostgresSettings database = EmbeddedPostgresFixture.freshDatabase();
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user(), "ADT_LOG_LEVEL", "DEBUG"));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("net.adtelligent");
        Level before = ours.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ours.setLevel(Level.DEBUG);
        List<String> answers = new ArrayList<>();
        try (StandaloneService service = StandaloneService.start(settings)) {
            service.core().manageUsers().createUser(Actor.system("test"), "ada@example.com", "vivid-otter-quilt-91-harbor").get();
            Api api = new Api(service.httpPort(), StandaloneServiceTest.logIn(service.httpPort(), "ada@example.com",
                    "vivid-otter-quilt-91-harbor"), answers);
            api.send("POST", "/api/tenants/", """
                    {"slug": "acme", "display_name": "Acme", "reporting_currency": "EUR", "reporting_time_zone": "UTC"}""");
            String meta = api.id(api.send("POST", "/api/tenants/acme/connections/", """
                    {"platform": "META_ADS", "external_account_id": "1234", "name": "%s", "credentials": {"access_token": "%s"}}"""
                    .formatted(PLAIN_MARKER, SECRETS.get(0))));
            api.send("POST", "/api/tenants/acme/connections/", """
                    {"platform": "GOOGLE_ADS", "external_account_id": "1234567890", "credentials": {"developer_token": "%s",
                     "client_id": "1-x.apps.googleusercontent.com", "client_secret": "%s", "refresh_token": "%s"}}"""
                    .formatted(SECRETS.get(3), SECRETS.get(1), SECRETS.get(2)));
            api.send("POST", "/api/tenants/acme/connections/", """
                    {"platform": "GA4", "external_account_id": "42", "credentials": {"credentials_json":
                     "{\\"type\\": \\"service_account\\", \\"client_email\\": \\"%s@example.invalid\\"}"}}"""
                    .formatted(SECRETS.get(6)));
            api.send("PUT", "/api/tenants/acme/connections/" + meta + "/credentials/",
                    "{\"credentials\": {\"access_token\": \"EA" + SECRETS.get(4) + "\"}}");
            HttpResponse<String> refused = api.send("POST", "/api/tenants/acme/connections/", """
                    {"platform": "META_ADS", "external_account_id": "1234", "credentials": {"access_token": "short %s",
                     "password": "%s"}}""".formatted(SECRETS.get(5), SECRETS.get(5)));
            assertThat(refused.statusCode()).isEqualTo(400);
            api.send("GET", "/api/tenants/acme/connections/", null);
            api.send("GET", "/api/tenants/acme/audit/", null);
            assertThat(api.send("GET", "/api/tenants/acme/connections/" + meta + "/", null).body())
                    .contains("\"state\":\"readable\"");
        } finally {
            root.detachAppender(logs);
            ours.setLevel(before);
        }

        for (String secret : SECRETS) {
            assertThat(answers).as("answers").noneMatch(answer -> answer.contains(secret));
            assertThat(logs.list).as("log lines").noneMatch(event -> logged(event).contains(secret));
            assertThat(rowsHolding(database, secret)).as("tables holding " + secret).isEmpty();
        }
        assertThat(logs.list).as("the service did log").isNotEmpty();
        assertThat(rowsHolding(database, "Acme")).as("the search finds what is stored").contains("tenants");
        assertThat(rowsHolding(database, PLAIN_MARKER)).as("the search finds a plain value").contains("connections");

        ServerFiles files = ServerFiles.flushed(database);
        for (String secret : SECRETS) {
            assertThat(files.holding(secret)).as("server files holding " + secret).isEmpty();
        }
        List<String> marked = files.holding(PLAIN_MARKER);
        assertThat(marked).as("the file search finds a plain value in the tables' files and the WAL")
                .anyMatch(file -> file.startsWith("base/")).anyMatch(file -> file.startsWith("pg_wal/"));
    }

    static String logged(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append(event.getMDCPropertyMap());
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(thrown.getMessage());
        }
        return text.toString();
    }

    /** Every table of the schema whose rows, as text, hold the value, its UTF-8 in hex (bytea) or in base64. */
    static List<String> rowsHolding(PostgresSettings database, String value) throws Exception {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        List<String> needles = List.of(value, HexFormat.of().formatHex(bytes), Base64.getEncoder().encodeToString(bytes));
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            List<String> all = new ArrayList<>();
            try (ResultSet found = connection.createStatement().executeQuery(
                    "select schemaname || '.' || quote_ident(tablename) from pg_tables where schemaname = 'public'")) {
                while (found.next()) {
                    all.add(found.getString(1));
                }
            }
            for (String table : all) {
                for (String needle : needles) {
                    try (PreparedStatement count = connection.prepareStatement(
                            "select count(*) from " + table + " as t where t::text like '%' || ? || '%'")) {
                        count.setString(1, needle);
                        try (ResultSet rows = count.executeQuery()) {
                            rows.next();
                            if (rows.getLong(1) > 0) {
                                tables.add(table.substring("public.".length()));
                            }
                        }
                    }
                }
            }
        }
        return tables;
    }

    private record Api(int port, String token, List<String> answers) {

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            answers.add(response.body());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(500);
            return response;
        }

        String id(HttpResponse<String> created) {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
            assertThat(id.find()).isTrue();
            return id.group(1);
        }
    }
}
