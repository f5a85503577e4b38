package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import net.adtelligent.ports.in.system.SyncSignals;
import org.junit.jupiter.api.Test;

/**
 * {@code adtelligent-bench webhook}: its help, and the count that says whether every job was
 * passed on once. No test runs wrk (see BenchSnapshotCliTest); the figures come from a real run.
 */
class BenchWebhookCliTest {

    @Test
    void help_givenWebhook_showsItsGoalAndExamplesAndBenchListsIt() {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);

        assertThat(Main.run(Map.of(), writer, writer, "--help")).isZero();
        assertThat(Main.run(Map.of(), writer, writer, "webhook", "--help")).isZero();

        assertThat(out.toString()).contains("webhook", "--duration", "--connections", "apt-get install wrk",
                "at least 50%", "adtelligent-bench webhook --duration 20s --connections 16 --rounds 5", "--rounds",
                "(default: 40s)");
    }

    @Test
    void signalCount_givenAJobSignalledTwice_saysSo() {
        SignalCount count = new SignalCount("64d901a1-2520-4d91-93c8-9df438668ff0");

        assertThat(count.jobReported("64d901a1-2520-4d91-93c8-9df438668ff0", 1)).isEqualTo(SyncSignals.Outcome.ACCEPTED);
        assertThat(count.jobReported("0f0e0d0c-0b0a-4999-8888-777766665555", 2))
                .isEqualTo(SyncSignals.Outcome.UNKNOWN_CONNECTION);
        assertThat(count.eachJobOnce()).isTrue();
        count.jobReported("64d901a1-2520-4d91-93c8-9df438668ff0", 1);
        assertThat(count.eachJobOnce()).isFalse();
        assertThat(count.signalled()).isEqualTo(3);
    }
}
