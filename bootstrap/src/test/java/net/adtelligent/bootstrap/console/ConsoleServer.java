package net.adtelligent.bootstrap.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import io.vavr.control.Option;
import net.adtelligent.adapters.oauth.PlatformStubs;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.DemoData;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.StandaloneService;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;

/**
 * The service the browser tests open: the standalone service on a free loopback port, embedded
 * PostgreSQL, the demo tenant with its year of data. One per test JVM (starting it takes a while),
 * stopped when the JVM ends. Besides the demo owner: a viewer of the demo tenant, a second
 * tenant of the owner's for switching, and a third whose connection name and failing syncs carry
 * the XSS probe (so its alert's message does too). The platforms' OAuth endpoints are the stubs
 * the consent tests use, with Google's consent screen answering at once with a redirect back.
 */
final class ConsoleServer {

    static final String SIGN_IN_WORDS = "console browser test passphrase";
    static final String OWNER = DemoData.EMAIL;
    static final String VIEWER = "viewer@example.com";
    static final String SECOND_TENANT = "second";
    static final String PROBES_TENANT = "probes";
    /** Markup and a spreadsheet formula: the console must show these characters, never run or read them. */
    static final String PROBE = "<script>window.probeRan=1</script><img src=x onerror=\"window.probeRan=1\">=HYPERLINK(\"http://evil.example\")";
    private static final PlatformStubs PLATFORMS = new PlatformStubs();

    private static ConsoleServer running;

    final StandaloneService service;
    final String base;

    private ConsoleServer(StandaloneService service) {
        this.service = service;
        this.base = "http://127.0.0.1:" + service.httpPort();
    }

    static synchronized ConsoleServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running.service::close, "console-server-stop"));
        }
        return running;
    }

    private static ConsoleServer start() {
        Path data;
        try {
            data = Files.createTempDirectory("adtelligent-console");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        PLATFORMS.start();
        // Google's consent screen says yes at once: back to the redirect_uri with the code and the state.
        PLATFORMS.server().stubFor(WireMock.get(urlPathEqualTo("/o/oauth2/v2/auth")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?code=" + PlatformStubs.GOOGLE_CODE
                        + "&state={{{request.query.state}}}").withTransformers("response-template")));
        // Meta's says yes as well; its token sees two ad accounts, so the console asks which.
        PLATFORMS.server().stubFor(WireMock.get(urlPathEqualTo("/v21.0/dialog/oauth")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{{request.query.redirect_uri}}}?code=" + PlatformStubs.META_CODE
                        + "&state={{{request.query.state}}}").withTransformers("response-template")));
        // The platforms send the browser back to this service, so its port is chosen before it starts.
        int port = freePort();
        Map<String, String> variables = new HashMap<>(PLATFORMS.variables());
        variables.putAll(Map.of("ADT_DATA_DIR", data.toString(), "ADT_HTTP_HOST", "127.0.0.1",
                "ADT_HTTP_PORT", String.valueOf(port), "ADT_OAUTH_REDIRECT_BASE", "http://127.0.0.1:" + port));
        return new ConsoleServer(StandaloneService.start(Settings.from(variables), ConsoleServer::fill));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void fill(Adtelligent core) {
        DemoData.Demo demo = DemoData.ensure(core, Optional.of(SIGN_IN_WORDS));
        Actor system = Actor.system("browser tests");
        User viewer = core.manageUsers().createUser(system, VIEWER, SIGN_IN_WORDS).get();
        core.manageUsers().addMember(system, DemoData.SLUG, viewer, Role.VIEWER).get();
        core.registerTenant().register(system, new TenantDraft(SECOND_TENANT, "Second Agency", "USD", "America/New_York")).get();
        core.manageUsers().addMember(system, SECOND_TENANT, demo.owner(), Role.OWNER).get();
        Tenant probes = core.registerTenant().register(system, new TenantDraft(PROBES_TENANT, "Probe Agency", "EUR", "UTC")).get();
        core.manageUsers().addMember(system, PROBES_TENANT, demo.owner(), Role.OWNER).get();
        ConnectionId probed = core.connections().create(system, probes.slug(), new ConnectionDraft("LINKEDIN_ADS", "1000000009",
                Option.of(PROBE), Option.none(), Map.of("access_token", "probe-not-a-real-linkedin-token"), Option.none())).get().id();
        List<SyncRun> failing = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(4 * 3600);
        for (int run = 0; run < 3; run++) {
            Instant at = start.plusSeconds(run * 3600L);
            failing.add(new SyncRun(new SyncRunId(UUID.randomUUID()), probes.id(), probed, Option.of(900_000L + run),
                    SyncTrigger.AIRBYTE, SyncStatus.RUNNING, at, Option.none(), 0, 0, Option.none())
                    .reported(SyncStatus.FAILED, Option.of(at.plusSeconds(30)), 0, 0, Option.of(PROBE)));
        }
        core.syncHistory().record(probes.id(), failing);
    }

    String url(String path) {
        return base + path;
    }
}
