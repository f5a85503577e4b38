package net.adtelligent.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.adtelligent.domain.archfixture.UnmappedRejection;
import net.adtelligent.domain.fx.NotConvertible;
import net.adtelligent.domain.tenant.TenantRejection;
import org.junit.jupiter.api.Test;

/** Every rejection in the codebase, found by scanning the class path, is answered over HTTP and in the CLI. */
class RejectionCoverageTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("net.adtelligent");

    @Test
    void everyRejection_givenMainCode_mapsToAStatusATitleADetailAndACliLine() {
        List<Class<?>> rejections = RejectionCoverage.concreteRejections(PRODUCTION);

        assertThat(rejections).contains(TenantRejection.SlugTaken.class, NotConvertible.NoRate.class)
                .hasSizeGreaterThanOrEqualTo(24);
        assertThat(RejectionCoverage.unmapped(rejections)).isEmpty();
    }

    @Test
    void coverageCheck_givenRejectionWithoutKindOrTitle_reportsIt() {
        JavaClasses fixture = new ClassFileImporter().importClasses(UnmappedRejection.class, TenantRejection.SlugTaken.class);

        List<String> unmapped = RejectionCoverage.unmapped(RejectionCoverage.concreteRejections(fixture));

        assertThat(unmapped).singleElement().asString().startsWith(UnmappedRejection.class.getName() + ": ");
    }
}
