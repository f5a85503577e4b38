package net.adtelligent.bootstrap.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.DemoData;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.StandaloneService;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;

/**
 * The service the browser tests open: the standalone service on a free loopback port, embedded
 * PostgreSQL, the demo tenant with its year of data. One per test JVM (starting it takes a while),
 * stopped when the JVM ends. Besides the demo owner: a viewer of the demo tenant, and a second
 * tenant of the owner's for switching.
 */
final class ConsoleServer {

    static final String SIGN_IN_WORDS = "console browser test passphrase";
    static final String OWNER = DemoData.EMAIL;
    static final String VIEWER = "viewer@example.com";
    static final String SECOND_TENANT = "second";

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
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", data.toString(), "ADT_HTTP_HOST", "127.0.0.1",
                "ADT_HTTP_PORT", "0"));
        return new ConsoleServer(StandaloneService.start(settings, ConsoleServer::fill));
    }

    private static void fill(Adtelligent core) {
        DemoData.Demo demo = DemoData.ensure(core, Optional.of(SIGN_IN_WORDS));
        Actor system = Actor.system("browser tests");
        User viewer = core.manageUsers().createUser(system, VIEWER, SIGN_IN_WORDS).get();
        core.manageUsers().addMember(system, DemoData.SLUG, viewer, Role.VIEWER).get();
        core.registerTenant().register(system, new TenantDraft(SECOND_TENANT, "Second Agency", "USD", "America/New_York")).get();
        core.manageUsers().addMember(system, SECOND_TENANT, demo.owner(), Role.OWNER).get();
    }

    String url(String path) {
        return base + path;
    }
}
