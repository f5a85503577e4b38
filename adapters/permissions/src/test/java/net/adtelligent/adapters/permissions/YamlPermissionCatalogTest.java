package net.adtelligent.adapters.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.permission.PermissionCatalog;
import net.adtelligent.domain.permission.PermissionPlatform;
import net.adtelligent.domain.permission.PermissionStatus;
import net.adtelligent.domain.permission.PlatformCatalog;
import org.junit.jupiter.api.Test;

class YamlPermissionCatalogTest {

    private static final Path DOCS = Path.of("../../docs");

    private static final String GOOD = """
            platform: meta
            app: the app
            review: App Review
            permissions:
              - scope: ads_read
                product: META_ADS
                status: required_now
                feature: reporting
                why: read reports
                use_case: reads reports
                screencast: shows reports
            """;

    @Test
    void load_givenTheShippedFiles_readsEveryPlatformMetaFirst() {
        PermissionCatalog catalog = YamlPermissionCatalog.load();

        assertThat(catalog.all()).extracting(PlatformCatalog::platform).containsExactly(PermissionPlatform.values());
        assertThat(catalog.scopesToRequest(Platform.META_ADS, Set.of())).containsExactly("ads_read", "business_management");
        assertThat(catalog.scopesToRequest(Platform.GA4, Set.of()))
                .containsExactly("https://www.googleapis.com/auth/analytics.readonly");
        assertThat(catalog.of(PermissionPlatform.META).find("ads_management").orElseThrow().status())
                .isEqualTo(PermissionStatus.NOT_REQUESTED);
    }

    @Test
    void load_givenTheShippedFiles_theyAreByteForByteThoseOfDocs() throws IOException {
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            assertThat(resource("catalog/" + platform.fileName()))
                    .as(platform.fileName())
                    .isEqualTo(Files.readAllBytes(DOCS.resolve("permissions").resolve(platform.fileName())));
        }
        assertThat(YamlPermissionCatalog.shippedChecklist()).contains(
                Files.readString(DOCS.resolve("runbooks/meta-app-review-submission-checklist.md")));
    }

    @Test
    void read_givenTheDocsFolder_equalsTheShippedCatalog() {
        PermissionCatalog fromDocs = YamlPermissionCatalog.read(DOCS.resolve("permissions"));

        assertThat(fromDocs.all()).isEqualTo(YamlPermissionCatalog.load().all());
    }

    @Test
    void parse_givenAGoodFile_keepsEveryField() {
        PlatformCatalog meta = YamlPermissionCatalog.parse("meta.yaml", GOOD);

        assertThat(meta.permissions()).singleElement().satisfies(permission -> {
            assertThat(permission.scope()).isEqualTo("ads_read");
            assertThat(permission.status()).isEqualTo(PermissionStatus.REQUIRED_NOW);
            assertThat(permission.feature()).isEqualTo("reporting");
            assertThat(permission.useCase()).isEqualTo("reads reports");
            assertThat(permission.screencast()).isEqualTo("shows reports");
        });
    }

    @Test
    void parse_givenAnUnknownStatus_namesFileLineFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("required_now", "required")))
                .isInstanceOf(PermissionCatalogException.class)
                .hasMessage("meta.yaml line 7: permissions[0].status: 'required' is not one of required_now,"
                        + " optional_near_term, not_requested, deprecated");
    }

    @Test
    void parse_givenAPermissionWithoutItsFeature_namesFileLineAndField() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("    feature: reporting\n", "")))
                .isInstanceOf(PermissionCatalogException.class)
                .hasMessage("meta.yaml line 5: permissions[0].feature: missing")
                .satisfies(e -> assertThat(((PermissionCatalogException) e).line()).isEqualTo(5));
    }

    @Test
    void parse_givenAnEmptyUseCase_namesTheField() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("use_case: reads reports",
                "use_case: ''")))
                .hasMessage("meta.yaml line 10: permissions[0].use_case: must be a non-empty text");
    }

    @Test
    void parse_givenAnUnknownField_namesItAndTheKnownOnes() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("why:", "reason:")))
                .hasMessage("meta.yaml line 9: permissions[0].reason: unknown field; expected feature, product, scope,"
                        + " screencast, status, use_case, why");
    }

    @Test
    void parse_givenAProductOfAnotherPlatform_namesTheProductsAllowed() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("META_ADS", "GA4")))
                .hasMessage("meta.yaml line 6: permissions[0].product: 'GA4' is not one of META_ADS");
    }

    @Test
    void parse_givenAScopeTwice_namesBothEntries() {
        String twice = GOOD + GOOD.substring(GOOD.indexOf("  - scope"));

        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", twice))
                .hasMessage("meta.yaml line 12: permissions[1]: ads_read is listed already, as permissions[0]");
    }

    @Test
    void parse_givenThePlatformOfAnotherFile_saysWhereItBelongs() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("google.yaml", GOOD))
                .hasMessage("google.yaml line 1: platform: 'meta' belongs in meta.yaml");
    }

    @Test
    void parse_givenBrokenYaml_namesTheLine() {
        assertThatThrownBy(() -> YamlPermissionCatalog.parse("meta.yaml", GOOD.replace("  - scope: ads_read",
                "  - scope: [ads_read")))
                .isInstanceOf(PermissionCatalogException.class)
                .hasMessageStartingWith("meta.yaml line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void read_givenAFolderWithoutOnePlatform_namesTheMissingFile(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("meta.yaml"), GOOD);

        assertThatThrownBy(() -> YamlPermissionCatalog.read(folder))
                .hasMessage(folder.resolve("google.yaml") + ": missing: every platform has a catalog file");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = YamlPermissionCatalog.class.getResourceAsStream("/net/adtelligent/adapters/permissions/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
