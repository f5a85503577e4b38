package net.adtelligent.bench.cli;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.kms.AwsKmsKeyService;
import net.adtelligent.adapters.kms.BareGcmReseal;
import net.adtelligent.adapters.kms.CacheLimits;
import net.adtelligent.adapters.kms.CountingKeyService;
import net.adtelligent.adapters.kms.EmulatorKeys;
import net.adtelligent.adapters.kms.EnvelopeVault;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.contracts.csv.ContractIngestion;
import net.adtelligent.contracts.csv.DirectoryUploadStorage;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.RotateDataKeys;
import net.adtelligent.ports.in.system.RotateDataKeys.Plan;
import net.adtelligent.ports.out.ConnectionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * rotate-deks as the service runs it (the use case over PostgreSQL, one unit per tenant) against an
 * AWS KMS emulator, next to the bare AES-GCM decrypt and encrypt of the same secrets in one run.
 */
@Command(
        name = "rotate-deks",
        mixinStandardHelpOptions = true,
        description = {"Registers --tenants tenants with --per-tenant connections each, their credentials sealed by "
                + "the envelope vault on the AWS KMS at --kms-endpoint (an emulator: moto_server; dummy keys), then "
                + "times the rotation of every tenant's data key (a new key, every credential sealed again) and, on "
                + "the same secrets, a bare loop of AES-GCM decrypt and encrypt with both keys in hand; then a "
                + "master key rotation (the data keys wrapped under a second master key). Prints both times, their "
                + "ratio, and the key-service calls per tenant (goal: 2 for a new data key).",
            "It leaves its tenants in the database: run it on a scratch ADT_DATA_DIR."},
        footer = {"", "Example, with moto_server -p 5000 running:",
            "  ADT_DATA_DIR=/tmp/adt-bench adtelligent-bench rotate-deks --kms-endpoint http://127.0.0.1:5000",
            "  ADT_DATA_DIR=/tmp/adt-bench adtelligent-bench rotate-deks --kms-endpoint http://127.0.0.1:5000 --tenants 100"})
final class BenchRotateCommand implements Callable<Integer> {

    private static final double GOAL_CALLS = 2;
    private static final Actor BENCH = Actor.system("adtelligent-bench rotate-deks");

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--tenants", defaultValue = "1000", paramLabel = "T", description = "Tenants (default: ${DEFAULT-VALUE}).")
    int tenants;

    @picocli.CommandLine.Option(names = "--per-tenant", defaultValue = "10", paramLabel = "N", description = "Connections per tenant (default: ${DEFAULT-VALUE}).")
    int perTenant;

    @picocli.CommandLine.Option(names = "--kms-endpoint", required = true, paramLabel = "URL", description = "The AWS KMS emulator.")
    URI endpoint;

    @Override
    public Integer call() {
        if (tenants < 1 || perTenant < 1) {
            throw new ConfigurationException("--tenants and --per-tenant must be positive");
        }
        var settings = ((BenchCommand) spec.root().userObject()).settings();
        return Operations.withCoreAndDatabase(settings, (ignored, database) -> run(database,
                settings.dataDir().resolve("uploads")));
    }

    private int run(PostgresDatabase database, Path uploads) {
        PrintWriter out = spec.commandLine().getOut();
        String first = EmulatorKeys.newKeyArn(endpoint);
        String second = EmulatorKeys.newKeyArn(endpoint);
        try (AwsKmsKeyService kms = EmulatorKeys.keyService(endpoint, first)) {
            CountingKeyService counted = new CountingKeyService(kms);
            Adtelligent core = core(database, uploads, counted);
            out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            new BenchReport(out, tenants).machine();
            String run = Long.toString(System.currentTimeMillis(), 36);
            long seedStart = System.nanoTime();
            List<Tenant> made = seed(core, run);
            out.printf(Locale.ROOT, "seeded %,d tenants x %d connections in %.1f s (each credential sealed by the vault)%n%n",
                    tenants, perTenant, (System.nanoTime() - seedStart) / 1e9);

            double bareSeconds = bare(database, kms, made);
            // A process of its own, as the CLI is: no data key in its cache yet.
            RotateDataKeys rotation = core(database, uploads, counted).rotateDataKeys();
            int callsBefore = counted.calls();
            long start = System.nanoTime();
            int resealed = 0;
            for (Tenant tenant : made) {
                resealed += rotation.rotate(tenant.id(), new Plan(Option.none(), Instant.now(), false)).resealed();
            }
            double rotateSeconds = (System.nanoTime() - start) / 1e9;
            double callsPerTenant = (counted.calls() - callsBefore) / (double) tenants;

            callsBefore = counted.calls();
            start = System.nanoTime();
            for (Tenant tenant : made) {
                rotation.rotate(tenant.id(), new Plan(Option.of(second), Instant.now(), false));
            }
            double rewrapSeconds = (System.nanoTime() - start) / 1e9;
            double rewrapCalls = (counted.calls() - callsBefore) / (double) tenants;

            int secrets = tenants * perTenant;
            out.printf(Locale.ROOT, "%-44s %10s %14s %12s%n", "", "seconds", "secrets/s", "calls/tenant");
            out.printf(Locale.ROOT, "%-44s %10.3f %,14.0f %12s%n", "bare AES-GCM decrypt+encrypt (keys in hand)",
                    bareSeconds, secrets / bareSeconds, "-");
            out.printf(Locale.ROOT, "%-44s %10.3f %,14.0f %12.2f%n", "rotate-deks: new data key, %d sealed again"
                    .formatted(resealed), rotateSeconds, secrets / rotateSeconds, callsPerTenant);
            out.printf(Locale.ROOT, "%-44s %10.3f %,14.0f %12.2f%n", "rotate-deks --new-master-key", rewrapSeconds,
                    secrets / rewrapSeconds, rewrapCalls);
            out.printf(Locale.ROOT, "%nrotate-deks takes %.0fx the bare loop's time (%.2f ms per tenant, one transaction "
                    + "each); key-service calls per tenant %.2f, goal <= %.0f: %s%n", rotateSeconds / bareSeconds,
                    rotateSeconds * 1000 / tenants, callsPerTenant, GOAL_CALLS,
                    callsPerTenant <= GOAL_CALLS ? "met" : "NOT met");
            out.flush();
            return 0;
        }
    }

    private static Adtelligent core(PostgresDatabase database, Path uploads, CountingKeyService keys) {
        return Adtelligent.builder()
                .stores(database.stores()).facts(database.factStores()).unitOfWork(database.unitOfWork())
                .ingestion(ContractIngestion.with(new DirectoryUploadStorage(uploads), 1_000_000))
                .secretVault(new EnvelopeVault(keys, database.dataKeyStore(), CacheLimits.DEFAULT))
                .build();
    }

    private List<Tenant> seed(Adtelligent core, String run) {
        List<Tenant> made = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            String slug = "bench-rot-" + run + "-" + t;
            Tenant tenant = core.registerTenant().register(BENCH, new TenantDraft(slug, slug, "EUR", "Europe/Berlin"))
                    .getOrElseThrow(rejection -> new IllegalStateException("tenant refused: " + rejection));
            for (int c = 0; c < perTenant; c++) {
                // Obviously fake tokens of a real credential's size.
                core.connections().create(BENCH, tenant.slug(), new ConnectionDraft("META_ADS", Integer.toString(100_000 + c),
                                Option.none(), Option.none(), Map.of("access_token", "EAAbenchNotARealToken" + "x".repeat(180)),
                                Option.none()))
                        .getOrElseThrow(rejection -> new IllegalStateException("connection refused: " + rejection));
            }
            made.add(tenant);
        }
        return made;
    }

    /** The same secrets, read first; each tenant's data key unwrapped before the clock starts. */
    private double bare(PostgresDatabase database, AwsKmsKeyService kms, List<Tenant> made) {
        List<List<ConnectionStore.Sealed>> secrets = new ArrayList<>();
        List<BareGcmReseal> keys = new ArrayList<>();
        for (Tenant tenant : made) {
            List<ConnectionStore.Sealed> ofTenant = database.connectionStore().sealedForUpdate(tenant.id());
            secrets.add(ofTenant);
            keys.add(BareGcmReseal.of(kms, tenant.id(), SecretPurpose.CONNECTION_CREDENTIALS, ofTenant.get(0).secret()));
        }
        long sink = 0;
        for (int i = 0; i < made.size(); i++) { // warm-up, untimed
            for (ConnectionStore.Sealed one : secrets.get(i)) {
                sink += keys.get(i).reseal(one.secret()).length;
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < made.size(); i++) {
            for (ConnectionStore.Sealed one : secrets.get(i)) {
                sink += keys.get(i).reseal(one.secret()).length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 0) {
            throw new IllegalStateException("the bare loop sealed nothing");
        }
        return seconds;
    }
}
