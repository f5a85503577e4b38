package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** airbyte sync|runs against the embedded database, with the demo tenant's year of syncs and no Airbyte configured. */
class AirbyteSyncCliTest {

    @TempDir
    static Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demo() {
        Operations.withCore(Settings.from(Map.of("ADT_DATA_DIR", data.toString())),
                core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));
    }

    private int run(String... args) {
        return Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void runs_givenTheDemo_listsTheNewestRunsAndEachConnectionsStats() {
        assertThat(run("airbyte", "runs", "--tenant", "demo", "--limit", "10")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("airbyte", "records", "last success", "success", "(30 days)")
                .containsPattern("failed\\s+airbyte\\s+job \\d+");
    }

    @Test
    void runs_givenFilters_keepsToThem_andRefusesAStatusItDoesNotKnow() {
        assertThat(run("airbyte", "runs", "--tenant", "demo", "--status", "failed", "--limit", "5"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("TikTok").doesNotContain(" succeeded ");

        assertThat(run("airbyte", "runs", "--tenant", "demo", "--status", "finished")).isEqualTo(2);
        assertThat(err.toString()).contains("status");
    }

    @Test
    void sync_givenNoAirbyte_exits2SayingAirbyteIsNotConfigured() {
        assertThat(run("airbyte", "runs", "--tenant", "demo", "--limit", "1")).isZero();
        String[] firstLine = out.toString().lines().findFirst().orElseThrow().strip().split("\\s+");
        String connection = firstLine[firstLine.length - 1];

        int exit = run("airbyte", "sync", "--tenant", "demo", "--connection", connection);

        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("Airbyte not configured");
    }

    @Test
    void help_givenEachCommand_showsAnExample() {
        assertThat(run("airbyte", "sync", "--help")).isZero();
        assertThat(run("airbyte", "runs", "--help")).isZero();

        assertThat(out.toString()).contains("adtelligent airbyte sync --tenant demo --connection",
                "adtelligent airbyte runs --tenant demo");
    }
}
