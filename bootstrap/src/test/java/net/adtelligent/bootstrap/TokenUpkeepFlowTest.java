package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.adapters.oauth.PlatformStubs;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.TokenUpkeep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token upkeep on the running service: connections made by consent against the platforms'
 * stubs, their token ends moved near by hand, then the use case the hourly task runs.
 */
class TokenUpkeepFlowTest {

    private static final String PASSWORD = "vivid-otter-quilt-91-harbor";

    @TempDir
    Path dataDir;

    @Test
    void run_givenTokensNearTheirEnd_renewsWhatRenewsWarnsOnceAboutTheRestAndMovesARefusalToReauth() throws Exception {
        PlatformStubs stubs = new PlatformStubs();
        stubs.start();
        PostgresSettings database = EmbeddedPostgresFixture.freshDatabase();
        Map<String, String> variables = new HashMap<>(stubs.variables());
        variables.putAll(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user()));
        try (StandaloneService service = StandaloneService.start(Settings.from(variables))) {
            service.core().manageUsers().createUser(Actor.system("test"), "ada@example.com", PASSWORD).get();
            OAuthBrowser browser = new OAuthBrowser(service.httpPort(), new ArrayList<>());
            String ada = StandaloneServiceTest.logIn(service.httpPort(), "ada@example.com", PASSWORD);
            browser.send("POST", "/api/tenants/", ada, """
                    {"slug": "acme", "display_name": "Acme", "reporting_currency": "EUR", "reporting_time_zone": "UTC"}""");
            String microsoft = consent(browser, ada, "MICROSOFT_ADS", PlatformStubs.MICROSOFT_CODE);
            String linkedIn = consent(browser, ada, "LINKEDIN_ADS", PlatformStubs.LINKEDIN_CODE);
            assertThat(browser.send("GET", "/api/tenants/acme/connections/" + linkedIn + "/", ada, null).body())
                    .as("a refresh token ending in 6 days shows as expiring").contains("\"state\":\"expiring\"");
            endsSoon(database, microsoft);
            TokenUpkeep upkeep = service.core().tokenUpkeep();

            TokenUpkeep.Report first = upkeep.run();
            TokenUpkeep.Report second = upkeep.run();

            assertThat(first).isEqualTo(new TokenUpkeep.Report(1, 0, 1, 0));
            assertThat(second).as("the renewed token is far from its end; the warning was given")
                    .isEqualTo(new TokenUpkeep.Report(0, 0, 0, 0));
            assertThat(browser.send("GET", "/api/tenants/acme/connections/" + microsoft + "/", ada, null).body())
                    .contains("\"status\":\"active\"", "\"state\":\"ok\"");
            assertThat(Alerts.of(database, "token_expiring")).singleElement()
                    .satisfies(message -> assertThat(message).contains(linkedIn));

            stubs.microsoftRefusesRefresh();
            endsSoon(database, microsoft);
            TokenUpkeep.Report refused = upkeep.run();
            TokenUpkeep.Report after = upkeep.run();

            assertThat(refused.reauthRequired()).isEqualTo(1);
            assertThat(after.reauthRequired()).as("alerted on the transition only").isZero();
            HttpResponse<String> shown = browser.send("GET", "/api/tenants/acme/connections/" + microsoft + "/", ada, null);
            assertThat(shown.body()).contains("\"status\":\"reauth_required\"");
            assertThat(Alerts.of(database, "reauth_required")).singleElement()
                    .satisfies(message -> assertThat(message).contains(microsoft, "invalid_grant"));
        } finally {
            stubs.stop();
        }
    }

    private static String consent(OAuthBrowser browser, String token, String platform, String code) throws Exception {
        String state = OAuthBrowser.query(browser.start("acme", platform, token), "state");
        HttpResponse<String> back = browser.callBack(platform, "code", code, state, null);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        return OAuthBrowser.field(back.body().substring(back.body().indexOf("\"connection\"")), "id");
    }

    private static void endsSoon(PostgresSettings database, String connection) throws Exception {
        try (var sql = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var update = sql.prepareStatement("update connections set token_expires_at = now() + interval '2 days'"
                        + " where id = ?::uuid")) {
            update.setString(1, connection);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The alerts of a kind, as the table keeps them. */
    static final class Alerts {
        static List<String> of(PostgresSettings database, String kind) throws Exception {
            List<String> messages = new ArrayList<>();
            try (var sql = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    var query = sql.prepareStatement("select message from alerts where kind = ?")) {
                query.setString(1, kind);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        messages.add(rows.getString(1));
                    }
                }
            }
            return messages;
        }
    }
}
