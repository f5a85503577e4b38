package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.Test;

/** The secrets benchmark's shape only: its figures belong in docs/benchmarks.md, from a real run. */
class BenchSecretsCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void secrets_givenSmallRun_printsBothRatesTheRatioTheGoalAndNoKeyServiceCalls() {
        int exit = Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                "secrets", "--opens", "2000", "--rounds", "2");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("command: adtelligent-bench secrets --opens 2000 --rounds 2", "secret: 512 bytes")
                .contains("vault opens/s", "bare decrypts/s", "median")
                .containsPattern("opening through the vault runs at [0-9.]+% of the bare AES-GCM decrypt \\(median of the "
                        + "rounds' ratios\\); goal >= 50%: (met|NOT met)")
                .contains("key-service calls during the timed opens: 0");
    }
}
