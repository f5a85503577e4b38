package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * What adtelligent.jar is shaded from: bootstrap's main classes and its runtime dependencies, i.e.
 * this class path without test classes and test-jars. The benchmarks and their baselines live in
 * the bench module and the adapters' test-jars, so none of them may show up here.
 */
class ServiceJarTest {

    private static final JavaClasses SHADED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("net.adtelligent");

    @Test
    void mainClasses_givenServiceClassPath_holdNoBenchmarkCode() {
        assertThat(SHADED.stream().map(JavaClass::getPackageName)).contains("net.adtelligent.bootstrap.cli")
                .noneMatch(name -> name.startsWith("net.adtelligent.bench") || name.endsWith(".bench"));
        assertThat(SHADED.stream().map(JavaClass::getSimpleName))
                .noneMatch(name -> name.startsWith("Bench"))
                .doesNotContain("BareAggregate", "ScratchCopy", "StaticBodyServer", "Workloads");
    }

    @Test
    void help_givenServiceCli_offersNoBenchCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), "--help")).isZero();
        assertThat(Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), "bench", "normalize")).isEqualTo(2);

        assertThat(out.toString()).contains("serve").doesNotContain("bench");
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
