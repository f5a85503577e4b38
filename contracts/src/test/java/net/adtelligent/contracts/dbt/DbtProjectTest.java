package net.adtelligent.contracts.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.adtelligent.contracts.Contracts;
import org.junit.jupiter.api.Test;

/** The dbt project's files that follow from the contracts are committed as `adtelligent contracts dbt` writes them. */
class DbtProjectTest {

    private static final Path PROJECT = Path.of("..", "dbt");
    private static final String RUN = " differs from what the contracts give: run `./adtelligent contracts dbt --out dbt`";

    @Test
    void files_givenTheCommittedProject_areExactlyWhatTheContractsWrite() throws IOException {
        Map<String, String> files = DbtProject.files(Contracts.load());

        for (Map.Entry<String, String> file : files.entrySet()) {
            Path committed = PROJECT.resolve(file.getKey());
            assertThat(committed).as(file.getKey() + " is missing: run `./adtelligent contracts dbt --out dbt`").exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(file.getKey() + RUN).isEqualTo(file.getValue());
        }
        TreeSet<String> present = new TreeSet<>();
        for (String directory : DbtProject.DIRECTORIES) {
            try (Stream<Path> listed = Files.list(PROJECT.resolve(directory))) {
                listed.forEach(path -> present.add(directory + path.getFileName()));
            }
        }
        assertThat(present).as("files no contract writes any more" + RUN).isEqualTo(new TreeSet<>(files.keySet()));
    }

    @Test
    void files_givenEveryAirbyteStream_writeOneStagingModelWithItsFreshness() {
        Map<String, String> files = DbtProject.files(Contracts.load());

        assertThat(files).containsKeys("models/staging/generated/stg_meta_ads__ads_insights.sql",
                "models/staging/generated/stg_google_ads__customer.sql");
        assertThat(files.keySet()).noneMatch(path -> path.contains("csv"));
        assertThat(files.get("models/staging/generated/_sources.yml"))
                .as("Meta: synced every 6 h, settles within 6 h").contains("""
                      - name: meta_ads__ads_insights
                        description: "Airbyte stream ads_insights of airbyte-source-facebook-marketing (meta_ads.ads_insights)."
                        config:
                          loaded_at_field: _airbyte_extracted_at
                          freshness:
                            warn_after: {count: 12, period: hour}
                            error_after: {count: 24, period: hour}
                """);
        assertThat(files.get("models/staging/generated/stg_google_ads__campaign.sql"))
                .contains("cast(\"metrics.cost_micros\" as {{ adt_type_decimal() }}) / 1000000 as spend",
                        "{{ ref('stg_google_ads__customer') }}", "sum(spend) as spend");
    }
}
