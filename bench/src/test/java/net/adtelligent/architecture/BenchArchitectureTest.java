package net.adtelligent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ArchitectureTest} again, on this module's class path: the one that holds the
 * benchmarks beside the main code of every other module, so the bench rule sees both sides.
 */
class BenchArchitectureTest extends ArchitectureTest {

    @Test
    void importer_givenBenchClassPath_seesTheBenchmarksAndTheService() {
        assertThat(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("net.adtelligent")
                .stream().map(JavaClass::getPackageName))
                .anyMatch(name -> name.equals("net.adtelligent.bench"))
                .anyMatch(name -> name.equals("net.adtelligent.bench.cli"))
                .anyMatch(name -> name.equals("net.adtelligent.bootstrap.cli"));
    }
}
