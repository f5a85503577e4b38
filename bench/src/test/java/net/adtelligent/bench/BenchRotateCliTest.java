package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import net.adtelligent.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rotation benchmark's shape, and its key-service calls, which do not depend on the machine:
 * two per tenant for a new data key (made, and the old one unwrapped once), one for a new master key.
 */
class BenchRotateCliTest {

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void rotateDeks_givenSmallRun_printsBothTimesTheRatioAndTwoKeyServiceCallsPerTenant() {
        int exit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true),
                "rotate-deks", "--kms-endpoint", moto.endpoint().toString(), "--tenants", "3", "--per-tenant", "4");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("seeded 3 tenants x 4 connections", "bare AES-GCM decrypt+encrypt")
                .containsPattern("rotate-deks: new data key, 12 sealed again\\s+[0-9.]+\\s+[0-9,]+\\s+2\\.00")
                .containsPattern("rotate-deks --new-master-key\\s+[0-9.]+\\s+[0-9,]+\\s+1\\.00")
                .containsPattern("rotate-deks takes [0-9]+x the bare loop's time .*key-service calls per tenant 2\\.00, "
                        + "goal <= 2: met");
    }
}
