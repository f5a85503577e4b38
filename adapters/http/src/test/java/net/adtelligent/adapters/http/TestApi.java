package net.adtelligent.adapters.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.application.LoginLimits;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.contracts.csv.ContractConversionCatalog;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.TokenPair;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.testing.FastPasswordHasher;
import net.adtelligent.testing.ListPasswordScreen;
import net.adtelligent.testing.MapAccessTokens;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.RecordingAuditLog;
import net.adtelligent.memory.InMemoryOAuthGrantStore;
import net.adtelligent.memory.InMemoryTokenAlerts;
import net.adtelligent.testing.TestCore;

/**
 * A real HttpServer on a free port over an in-memory core on a clock the test moves, and a client
 * for it that signs its requests in as one user ({@link #me} unless {@link #as} says otherwise).
 */
public final class TestApi extends HttpCalls implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    public static final long MAX_BODY_BYTES = 4_096;
    /** Far above the JSON body limit, so tests show uploads are exempt from it. */
    public static final long MAX_UPLOAD_BYTES = 64 * 1_024;
    private static final Contracts CONTRACTS = Contracts.load();
    public static final String PASSWORD = "correct horse battery staple";
    /** So high that only the throttling tests, which set their own, ever meet a limit. */
    static final Throttling RELAXED = new Throttling(100_000, 100_000);
    /** Likewise for the core's pauses after failed logins. */
    static final LoginLimits RELAXED_LOGINS = new LoginLimits(100_000, Duration.ofSeconds(1), Duration.ofSeconds(1), 100_000,
            Duration.ofSeconds(2));

    /** A signed-in user: their id, email and the tokens of one login. */
    public record Session(User user, String access, String refresh) {
        public String email() {
            return user.email().value();
        }

        public String id() {
            return user.id().toString();
        }
    }

    public final MutableClock clock;
    public final Adtelligent core;
    public final Inbox inbox;
    public final RecordingAuditLog audit;
    /** The in-memory facts and exchange rates behind the server, for tests to seed and inspect. */
    public final FactStores facts;
    /** Where the server keeps uploaded files, for tests that lose one on purpose. */
    public final UploadStorage uploads;
    /** The in-memory stores behind the server, unwrapped, for tests to seed what no route writes (Airbyte ids). */
    public final Stores stores;
    final HttpServer server;
    public final Session me;
    private final String token;

    private TestApi(TestApi shared, Session me, String token) {
        this.clock = shared.clock;
        this.core = shared.core;
        this.inbox = shared.inbox;
        this.audit = shared.audit;
        this.facts = shared.facts;
        this.uploads = shared.uploads;
        this.stores = shared.stores;
        this.server = shared.server;
        this.me = me;
        this.token = token;
    }

    private TestApi(MutableClock clock, Adtelligent core, TestCore memory, HttpServer server) {
        this.clock = clock;
        this.core = core;
        this.inbox = new Inbox(memory.mailer);
        this.audit = memory.audit;
        this.facts = memory.facts;
        this.uploads = memory.uploads;
        this.stores = memory.stores;
        this.server = server;
        this.me = signUp("ada@example.com");
        this.token = me.access();
    }

    public static TestApi start() {
        return start(settings -> settings);
    }

    public static TestApi withCore(UnaryOperator<Adtelligent.Builder> more) {
        return start(stores -> stores, more, settings -> settings);
    }

    public static TestApi start(UnaryOperator<HttpSettings> settings) {
        return start(stores -> stores, core -> core, settings);
    }

    /** With the stores or the core changed, e.g. wrapped to fail or given health probes. */
    public static TestApi start(UnaryOperator<Stores> stores, UnaryOperator<Adtelligent.Builder> more,
                         UnaryOperator<HttpSettings> settings) {
        return start(stores, more, settings, Telemetry.NONE, Optional.empty());
    }

    /** With request telemetry and an app-metrics endpoint, as bootstrap starts the service. */
    static TestApi withOperations(UnaryOperator<HttpSettings> settings, Telemetry telemetry,
                                  Optional<MetricsEndpoint> metrics) {
        return start(stores -> stores, core -> core, settings, telemetry, metrics);
    }

    private static TestApi start(UnaryOperator<Stores> stores, UnaryOperator<Adtelligent.Builder> more,
                                 UnaryOperator<HttpSettings> settings, Telemetry telemetry,
                                 Optional<MetricsEndpoint> metrics) {
        MutableClock clock = new MutableClock(NOW);
        TestCore memory = new TestCore(clock);
        Adtelligent core = more.apply(Adtelligent.builder()
                        .stores(stores.apply(memory.stores))
                        .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                        .mailer(memory.mailer)
                        .secretVault(memory.vault)
                        .facts(memory.facts)
                        .unitOfWork(memory.units)
                        .ingestion(new Ingestion(new CommonsCsvFiles(CONTRACTS), new ContractConversionCatalog(CONTRACTS),
                                memory.uploads, MAX_UPLOAD_BYTES))
                        .loginLimits(RELAXED_LOGINS)
                        .oauthPlatforms(new FakeOAuthPlatforms())
                        .consentStores(new InMemoryOAuthGrantStore(), new InMemoryTokenAlerts())
                        .clock(clock))
                .build();
        HttpSettings chosen = settings.apply(new HttpSettings("127.0.0.1", 0, MAX_BODY_BYTES).withThrottling(RELAXED)
                .withMaxUploadBytes(MAX_UPLOAD_BYTES));
        return new TestApi(clock, core, memory, HttpServer.start(core.userPorts(), chosen, clock, telemetry, metrics));
    }

    /** A new account, logged in through the core (so HTTP throttles see nothing of it). */
    public Session signUp(String email) {
        User user = core.manageUsers().createUser(Actor.system("test"), email, PASSWORD).get();
        TokenPair pair = core.authentication().logIn(email, PASSWORD, ClientInfo.local("test")).get();
        return new Session(user, pair.access(), pair.refresh());
    }

    public TestApi as(Session session) {
        return new TestApi(this, session, session.access());
    }

    /** Signed in afresh as the same user: for tests that move the clock past an access token's life. */
    public TestApi signedInAgain() {
        return withToken(core.authentication().logIn(me.email(), PASSWORD, ClientInfo.local("test")).get().access());
    }

    public TestApi withToken(String access) {
        return new TestApi(this, me, access);
    }

    public TestApi anonymous() {
        return new TestApi(this, me, null);
    }

    /** The signed-in user as the core's use cases take them. */
    public Actor actor() {
        return Actor.user(me.user().id(), ClientInfo.local("test"));
    }

    public void addMember(String slug, Session member, Role role) {
        core.manageUsers().addMember(Actor.system("test"), slug, member.user(), role).get();
    }

    public static String draft(String slug) {
        return """
                {"slug": "%s", "display_name": "Agency %s", "reporting_currency": "EUR", "reporting_time_zone": "Europe/Berlin"}
                """.formatted(slug, slug);
    }

    @Override
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    public HttpResponse<String> register(String slug) {
        return post("/api/tenants/", draft(slug));
    }

    /** The port the server listens on (127.0.0.1), for clients other than this one. */
    public int port() {
        return server.port();
    }

    /** Stops the server (whichever view it is called on). */
    @Override
    public void close() {
        server.close();
    }
}
