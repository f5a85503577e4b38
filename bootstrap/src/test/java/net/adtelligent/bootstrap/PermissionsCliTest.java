package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** permissions drift and permissions checklist, on the shipped catalog and on edited copies of docs/permissions. */
class PermissionsCliTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path CHECKLIST = DOCS.resolve("runbooks/meta-app-review-submission-checklist.md");

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void drift_givenTheShippedCatalog_findsNoDriftAndExits0() {
        assertThat(run(Map.of(), "permissions", "drift")).as(err.toString()).isZero();

        assertThat(out.toString()).containsPattern("meta +not configured +catalog +ads_read, business_management")
                .containsPattern("google +not configured +catalog +https://www.googleapis.com/auth/adwords, "
                        + "https://www.googleapis.com/auth/analytics.readonly, https://www.googleapis.com/auth/webmasters.readonly")
                .contains("no drift");
    }

    @Test
    void drift_givenTheWorkTreesFiles_findsNoDrift() {
        assertThat(run(Map.of(), "permissions", "drift", "--catalog", DOCS.resolve("permissions").toString(),
                "--checklist", CHECKLIST.toString())).as(out.toString()).isZero();
    }

    @Test
    void drift_givenAnOverrideOfTheCatalog_printsEachDifferenceAndExits1() {
        assertThat(run(Map.of("ADT_OAUTH_META_SCOPES", "ads_read, ads_management"), "permissions", "drift")).isEqualTo(1);

        assertThat(out.toString()).containsPattern("meta +not configured +override +ads_read, ads_management")
                .containsPattern("meta +ads_management +override_adds +ADT_OAUTH_META_SCOPES asks for it; the catalog says"
                        + " not_requested")
                .containsPattern("meta +business_management +override_drops +ADT_OAUTH_META_SCOPES leaves it out");
        assertThat(err.toString()).contains("permission drift: 2 differences");
    }

    @Test
    void drift_givenACatalogChangedWithoutTheConnectorOrTheChecklist_reportsBothAndExits1() throws IOException {
        Path catalog = copyOfCatalog();
        edit(catalog.resolve("meta.yaml"), "  - scope: business_management\n    product: META_ADS\n    status: required_now",
                "  - scope: business_management\n    product: META_ADS\n    status: optional_near_term");

        assertThat(run(Map.of(), "permissions", "drift", "--catalog", catalog.toString(), "--checklist", CHECKLIST.toString()))
                .isEqualTo(1);

        assertThat(out.toString()).containsPattern("meta +business_management +code_not_in_catalog +META_ADS's connector asks"
                        + " for it; the catalog \\(meta.yaml\\) says optional_near_term")
                .containsPattern("meta +- +checklist_stale +docs/runbooks/meta-app-review-submission-checklist.md differs");
    }

    @Test
    void checklist_givenAnEditedCatalog_writesTheChecklistTheDriftCheckThenAccepts() throws IOException {
        Path catalog = copyOfCatalog();
        edit(catalog.resolve("tiktok.yaml"), "why: creates and changes campaigns and ads;", "why: creates, changes and deletes ads;");
        Path checklist = work.resolve("checklist.md");
        Files.copy(CHECKLIST, checklist);

        assertThat(run(Map.of(), "permissions", "drift", "--catalog", catalog.toString(), "--checklist", checklist.toString()))
                .isEqualTo(1);
        assertThat(run(Map.of(), "permissions", "checklist", "--catalog", catalog.toString(), "--output", checklist.toString()))
                .isZero();
        assertThat(Files.readString(checklist)).contains("- `Ads Management` (not_requested): creates, changes and deletes ads;");
        assertThat(run(Map.of(), "permissions", "drift", "--catalog", catalog.toString(), "--checklist", checklist.toString()))
                .as(out.toString()).isZero();
    }

    @Test
    void drift_givenNoChecklistFile_reportsItMissing() {
        assertThat(run(Map.of(), "permissions", "drift", "--checklist", work.resolve("none.md").toString())).isEqualTo(1);

        assertThat(out.toString()).containsPattern("meta +- +checklist_missing +no docs/runbooks/");
    }

    @Test
    void checklist_givenTheShippedCatalog_printsTheCommittedChecklist() throws IOException {
        assertThat(run(Map.of(), "permissions", "checklist")).isZero();

        assertThat(out.toString()).isEqualTo(Files.readString(CHECKLIST));
    }

    @Test
    void drift_givenACatalogFileWithABadStatus_exits2NamingFileLineAndField() throws IOException {
        Path catalog = copyOfCatalog();
        edit(catalog.resolve("linkedin.yaml"), "status: not_requested", "status: never");

        assertThat(run(Map.of(), "permissions", "drift", "--catalog", catalog.toString())).isEqualTo(2);

        assertThat(err.toString()).containsPattern("permission catalog: linkedin.yaml line \\d+: permissions\\[3\\].status:"
                + " 'never' is not one of required_now, optional_near_term, not_requested, deprecated");
    }

    @Test
    void drift_givenAnOverrideListingNothing_exits2NamingTheSetting() {
        assertThat(run(Map.of("ADT_OAUTH_LINKEDIN_SCOPES", " , "), "permissions", "drift")).isEqualTo(2);

        assertThat(err.toString()).contains("ADT_OAUTH_LINKEDIN_SCOPES=',' must list each scope once, comma-separated,"
                + " e.g. ADT_OAUTH_LINKEDIN_SCOPES=r_ads,r_ads_reporting");
    }

    @Test
    void help_givenEachPermissionsCommand_showsAnExample() {
        assertThat(run(Map.of(), "permissions", "--help")).isZero();
        assertThat(run(Map.of(), "permissions", "drift", "--help")).isZero();
        assertThat(run(Map.of(), "permissions", "checklist", "--help")).isZero();

        assertThat(out.toString()).contains("Example:\n  adtelligent permissions drift\n",
                "  adtelligent permissions drift --catalog docs/permissions \\\n"
                        + "      --checklist docs/runbooks/meta-app-review-submission-checklist.md\n",
                "  adtelligent permissions checklist --catalog docs/permissions \\\n"
                        + "      --output docs/runbooks/meta-app-review-submission-checklist.md\n");
    }

    private Path copyOfCatalog() throws IOException {
        Path copy = Files.createDirectories(work.resolve("permissions"));
        try (Stream<Path> files = Files.list(DOCS.resolve("permissions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
