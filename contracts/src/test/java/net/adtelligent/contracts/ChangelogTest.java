package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogTest {

    // Surefire runs in the module directory; the docs live beside it.
    private static final Path CHANGELOG = Path.of("..", "docs", "contracts-changelog.md");

    private final Contracts contracts = Contracts.load();

    @Test
    void changelog_givenShippedContracts_recordsEachCurrentVersionWithItsColumns() throws IOException {
        Changelog changelog = Changelog.read(CHANGELOG);

        assertThat(changelog.problems(contracts.all())).isEmpty();
        assertThat(changelog.entries()).extracting(Changelog.Entry::stream)
                .containsAll(contracts.all().stream().map(StreamContract::stream).toList());
    }

    @Test
    void problems_givenColumnsChangedButNotTheVersion_asksForANewVersion() {
        StreamContract meta = contracts.stream("meta_ads.ads_insights").orElseThrow();
        List<String> fewerColumns = meta.outputColumns().stream().filter(c -> !c.equals("clicks")).toList();
        Changelog stale = Changelog.parse(List.of("- `meta_ads.ads_insights` v1 [" + meta.outputFingerprint() + "] ("
                + String.join(", ", fewerColumns) + "): first version."));

        assertThat(stale.problems(List.of(meta)))
                .singleElement().asString()
                .contains("meta_ads.ads_insights v1", "new version", Changelog.lineFor(meta));
    }

    @Test
    void problems_givenMappingChangedButNotTheVersion_asksForANewVersion() {
        StreamContract meta = contracts.stream("meta_ads.ads_insights").orElseThrow();
        Changelog stale = Changelog.parse(List.of("- `meta_ads.ads_insights` v1 [000000000000] ("
                + String.join(", ", meta.outputColumns()) + "): first version."));

        assertThat(stale.problems(List.of(meta))).singleElement().asString().contains("new version");
    }

    @Test
    void problems_givenNoLineForTheCurrentVersion_namesTheLineToAdd() {
        StreamContract tiktok = contracts.stream("tiktok_ads.ads_reports_daily").orElseThrow();

        assertThat(Changelog.parse(List.of("# nothing yet")).problems(List.of(tiktok)))
                .singleElement().asString()
                .contains("has no changelog line", Changelog.lineFor(tiktok));
    }
}
