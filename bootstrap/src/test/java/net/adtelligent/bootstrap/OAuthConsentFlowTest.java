package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.adapters.oauth.PlatformStubs;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The consent flow end to end: the service as it runs (PostgreSQL, the local keyring, Javalin, the
 * OAuth adapter) against the platforms' stubs over real HTTP. Afterwards, no platform token or code
 * is in any answer, log line or table (the search of {@link ConnectionSecretsTest}).
 */
class OAuthConsentFlowTest {

    private static final String PASSWORD = "vivid-otter-quilt-91-harbor";
    private static final List<String> SECRETS = List.of(PlatformStubs.META_SHORT, PlatformStubs.META_LONG,
            PlatformStubs.GOOGLE_ACCESS, PlatformStubs.GOOGLE_REFRESH, PlatformStubs.TIKTOK_TOKEN,
            PlatformStubs.LINKEDIN_REFRESH, PlatformStubs.MICROSOFT_REFRESH, PlatformStubs.CLIENT_SECRET,
            PlatformStubs.GOOGLE_CODE, PlatformStubs.META_CODE, PlatformStubs.REFUSED_CODE);

    @TempDir
    static Path dataDir;

    private static final PlatformStubs STUBS = new PlatformStubs();
    private static final List<String> ANSWERS = new ArrayList<>();
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    private static PostgresSettings database;
    private static StandaloneService service;
    private static OAuthBrowser browser;
    private static String ada;
    private static String carl;
    private static String bob;

    @BeforeAll
    static void start() throws Exception {
        STUBS.start();
        database = EmbeddedPostgresFixture.freshDatabase();
        Map<String, String> variables = new HashMap<>(STUBS.variables());
        variables.putAll(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user(), "ADT_LOG_LEVEL", "DEBUG",
                "ADT_OAUTH_REDIRECT_BASE", "https://app.example.test"));
        LOGS.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
        ((Logger) LoggerFactory.getLogger("net.adtelligent")).setLevel(Level.DEBUG);
        service = StandaloneService.start(Settings.from(variables));
        var users = service.core().manageUsers();
        for (String email : List.of("ada@example.com", "carl@example.com", "bob@example.com")) {
            users.createUser(Actor.system("test"), email, PASSWORD).get();
        }
        int port = service.httpPort();
        browser = new OAuthBrowser(port, ANSWERS);
        ada = StandaloneServiceTest.logIn(port, "ada@example.com", PASSWORD);
        carl = StandaloneServiceTest.logIn(port, "carl@example.com", PASSWORD);
        bob = StandaloneServiceTest.logIn(port, "bob@example.com", PASSWORD);
        browser.send("POST", "/api/tenants/", ada, """
                {"slug": "acme", "display_name": "Acme", "reporting_currency": "EUR", "reporting_time_zone": "UTC"}""");
        browser.send("POST", "/api/tenants/", bob, """
                {"slug": "globex", "display_name": "Globex", "reporting_currency": "USD", "reporting_time_zone": "UTC"}""");
        users.addMember(Actor.system("test"), "acme", users.byEmail("carl@example.com").get(), Role.ADMIN).get();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            service.close();
            STUBS.stop();
        } finally {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
        }
        for (String secret : SECRETS) {
            assertThat(ANSWERS).as("answers").noneMatch(answer -> answer.contains(secret));
            assertThat(LOGS.list).as("log lines").noneMatch(event -> ConnectionSecretsTest.logged(event).contains(secret));
            assertThat(ConnectionSecretsTest.rowsHolding(database, secret)).as("tables holding " + secret).isEmpty();
        }
        assertThat(ConnectionSecretsTest.rowsHolding(database, "Brand US")).as("the search finds what is stored")
                .isNotEmpty();
    }

    @Test
    void googleAdsConsent_givenOneAccount_connectsAtOnceWithPkceAndTheStateSpent() throws Exception {
        URI consent = browser.start("acme", "GOOGLE_ADS", ada);
        String state = OAuthBrowser.query(consent, "state");

        HttpResponse<String> back = browser.callBack("GOOGLE_ADS", "code", PlatformStubs.GOOGLE_CODE, state, null);

        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        assertThat(back.body()).contains("\"external_account_id\":\"1234567890\"", "\"status\":\"active\"",
                "\"state\":\"readable\"", "\"missing_scopes\":[]");
        assertThat(OAuthBrowser.query(consent, "access_type")).isEqualTo("offline");
        String verifier = formValue(lastTokenRequest("code=" + PlatformStubs.GOOGLE_CODE), "code_verifier");
        assertThat(s256(verifier)).as("the verifier answers the challenge sent").isEqualTo(
                OAuthBrowser.query(consent, "code_challenge"));
        HttpResponse<String> replayed = browser.callBack("GOOGLE_ADS", "code", PlatformStubs.GOOGLE_CODE, state, null);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("oauth-state-refused", "used already");
    }

    @Test
    void metaConsent_givenTwoAccountsAndADeclinedScope_onlyItsUserPicksAndTheConnectionNeedsReauth() throws Exception {
        String state = OAuthBrowser.query(browser.start("acme", "META_ADS", ada), "state");
        HttpResponse<String> back = browser.callBack("META_ADS", "code", PlatformStubs.META_CODE, state, null);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.body()).contains("\"tenant\":\"acme\"", "\"id\":\"1111111111\"", "\"id\":\"2222222222\"",
                "\"missing_scopes\":[\"business_management\"]", "\"connection\":null");
        String grant = OAuthBrowser.field(back.body(), "grant_id");
        String pick = "/api/tenants/acme/connections/oauth/grants/" + grant + "/pick/";
        String body = "{\"external_account_id\": \"2222222222\"}";

        assertThat(browser.send("POST", pick, carl, body).statusCode()).as("another admin of the tenant").isEqualTo(404);
        assertThat(browser.send("POST", pick, bob, body).statusCode()).as("a user of another tenant").isEqualTo(404);
        assertThat(browser.send("POST", pick.replace("/acme/", "/globex/"), bob, body).statusCode())
                .as("the grant through the other tenant").isEqualTo(404);
        assertThat(browser.send("POST", pick, ada, "{\"external_account_id\": \"9999\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> picked = browser.send("POST", pick, ada, body);

        assertThat(picked.statusCode()).as(picked.body()).isEqualTo(201);
        assertThat(picked.body()).contains("\"external_account_id\":\"2222222222\"", "\"status\":\"reauth_required\"",
                "\"name\":\"Meta Ads Brand US\"", "\"token\":{\"expires_at\"");
        assertThat(browser.send("POST", pick, ada, body).statusCode()).as("picked twice").isEqualTo(409);
        assertThat(alerts("reauth_required")).anyMatch(message -> message.contains("business_management")
                && message.contains(OAuthBrowser.field(picked.body(), "id")));
    }

    @Test
    void callBack_givenForgedOrOtherUsersState_isRefusedAndStoresNothing() throws Exception {
        int before = connections();
        String state = OAuthBrowser.query(browser.start("acme", "LINKEDIN_ADS", ada), "state");
        String forged = state.substring(0, state.indexOf('.') + 1) + "A".repeat(43);
        String otherTenant = UUID.randomUUID() + state.substring(state.indexOf('.'));

        assertThat(browser.callBack("LINKEDIN_ADS", "code", PlatformStubs.LINKEDIN_CODE, forged, null).body())
                .contains("not one this service issued");
        assertThat(browser.callBack("LINKEDIN_ADS", "code", PlatformStubs.LINKEDIN_CODE, otherTenant, null).statusCode())
                .isEqualTo(400);
        assertThat(browser.callBack("LINKEDIN_ADS", "code", PlatformStubs.LINKEDIN_CODE, "nonsense", null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> bobs = browser.callBack("LINKEDIN_ADS", "code", PlatformStubs.LINKEDIN_CODE, state, bob);
        assertThat(bobs.statusCode()).isEqualTo(400);
        assertThat(bobs.body()).contains("another user");
        assertThat(connections()).isEqualTo(before);
    }

    @Test
    void callBack_givenThePlatformsRefusal_namesItAndStoresNothing() throws Exception {
        int before = connections();
        String state = OAuthBrowser.query(browser.start("acme", "TIKTOK_ADS", ada), "state");

        HttpResponse<String> denied = browser.send("GET", "/api/oauth/callback/TIKTOK_ADS/?error=access_denied"
                + "&error_description=The+user+denied&state=" + state, null, null);
        HttpResponse<String> refused = browser.callBack("TIKTOK_ADS", "auth_code", PlatformStubs.REFUSED_CODE, state, null);
        HttpResponse<String> again = browser.callBack("TIKTOK_ADS", "auth_code", PlatformStubs.TIKTOK_CODE, state, null);

        assertThat(denied.statusCode()).isEqualTo(409);
        assertThat(denied.body()).contains("oauth-platform-refused", "access_denied", "nothing was stored");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("code 40105", "auth_code is invalid");
        assertThat(again.statusCode()).as("the state is spent by the refused exchange").isEqualTo(400);
        assertThat(connections()).isEqualTo(before);
    }

    @Test
    void start_givenAnotherTenantOrCsv_isRefusedAndTheCatalogSaysConfigured() throws Exception {
        assertThat(browser.send("POST", "/api/tenants/acme/connections/oauth/META_ADS/start/", bob, null).statusCode())
                .isEqualTo(404);
        assertThat(browser.send("POST", "/api/tenants/acme/connections/oauth/CSV/start/", ada, null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> catalog = browser.send("GET", "/api/connectors/", ada, null);
        assertThat(catalog.body()).contains("\"consent\":{\"configured\":true,\"missing_settings\":[]}");
    }

    private static int connections() throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from connections")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static List<String> alerts(String kind) throws Exception {
        List<String> messages = new ArrayList<>();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var query = connection.prepareStatement("select message from alerts where kind = ?")) {
            query.setString(1, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    messages.add(rows.getString(1));
                }
            }
        }
        return messages;
    }

    private static String lastTokenRequest(String containing) {
        return STUBS.server().getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().equals("/token") && request.getBodyAsString().contains(containing))
                .findFirst().orElseThrow().getBodyAsString();
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in the form");
    }

    private static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }
}
