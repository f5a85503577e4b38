package net.adtelligent.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;

/**
 * What every scenario runs against: one PostgreSQL, two instances of the service on it (a and b)
 * sharing the JWT signing key as instances behind one load balancer do, a tenant and its owner,
 * and a client signed in as that owner.
 */
final class Harness implements AutoCloseable {

    static final String TENANT = "faults";
    private static final String EMAIL = "operator@faults.example";

    final HarnessDatabase database;
    final ServiceProcess a;
    final ServiceProcess b;
    final Api api;
    final Uploads uploads = new Uploads(TENANT);
    final Ledger ledger = new Ledger();
    private final Path jar;
    private final Path work;
    private final Map<String, String> environment;

    private Harness(HarnessDatabase database, ServiceProcess a, ServiceProcess b, Api api, Path jar, Path work,
                    Map<String, String> environment) {
        this.database = database;
        this.a = a;
        this.b = b;
        this.api = api;
        this.jar = jar;
        this.work = work;
        this.environment = environment;
    }

    /** A further instance with the same settings and a data directory of its own, not started. */
    ServiceProcess another(String name) {
        return new ServiceProcess(name, jar, work.resolve(name), environment);
    }

    static Harness start() {
        Path jar = Path.of(System.getProperty("faults.jar", "../bootstrap/target/adtelligent.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl faults -am verify");
        }
        Path work = Path.of(System.getProperty("faults.work", "target/faults"));
        deleteTree(work);
        HarnessDatabase database = HarnessDatabase.start(work.resolve("postgres"));
        Map<String, String> environment = new HashMap<>();
        environment.put("ADT_DATABASE_URL", database.serviceUrl());
        environment.put("ADT_JWT_SIGNING_KEY", randomBase64(32));
        // Every request reads the database, so every request meets the outage.
        environment.put("ADT_DATABASE_READ_CACHE", "PT0S");
        ServiceProcess a = new ServiceProcess("a", jar, work.resolve("a"), environment);
        ServiceProcess b = new ServiceProcess("b", jar, work.resolve("b"), environment);
        try {
            registerTenant(environment, work.resolve("setup"));
            String password = randomPassword();
            CompletableFuture<?> startA = Background.supply("start-a", a::start);
            CompletableFuture<?> startB = Background.supply("start-b", b::start);
            ServiceProcess.CommandResult created = a.command(List.of("users", "create", "--email", EMAIL,
                    "--tenant", TENANT, "--role", "owner", "--password-stdin"), password + "\n");
            startA.join();
            startB.join();
            if (created.exitCode() != 0) {
                throw new IllegalStateException("users create exited " + created.exitCode() + ": " + created.output());
            }
            Harness harness = new Harness(database, a, b, Api.logIn(a, EMAIL, password), jar, work, Map.copyOf(environment));
            // Should the test JVM be stopped before the run ends, its service processes and database go with it.
            Runtime.getRuntime().addShutdownHook(new Thread(harness::close, "fault-harness-stop"));
            return harness;
        } catch (RuntimeException failure) {
            a.close();
            b.close();
            database.close();
            throw failure;
        }
    }

    /** The one step with no command or route of its own: a tenant before its first user, through the library. */
    private static void registerTenant(Map<String, String> environment, Path dataDir) {
        Map<String, String> settings = new HashMap<>(environment);
        settings.put("ADT_DATA_DIR", dataDir.toString());
        Operations.withCore(Settings.from(settings), core -> core.registerTenant()
                .register(Actor.system("fault harness"), new TenantDraft(TENANT, "Fault harness", "EUR", "UTC"))
                .getOrElseThrow(rejection -> new IllegalStateException("cannot register the tenant: " + rejection)));
    }

    @Override
    public void close() {
        a.close();
        b.close();
        database.close();
    }

    /** Random, so no sign-in of the harness is written down anywhere. */
    private static String randomPassword() {
        return "fh-" + randomBase64(18);
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
