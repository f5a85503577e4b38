package com.example.reporting;

import java.io.IOException;
import java.nio.file.Path;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.ports.in.CombinedMetrics;

/**
 * Runs the example of docs/embedding.md against a PostgreSQL database whose owner is given:
 * {@code ReportingExample <jdbc-url> <owner> <password> <data-folder>}.
 */
public final class ReportingExample {

    private ReportingExample() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: ReportingExample <jdbc-url> <owner> <password> <data-folder>");
            System.exit(2);
        }
        CombinedMetrics.Result view = run(args[0], args[1], args[2], Path.of(args[3]));
        System.out.println("acme, " + view.start() + " to " + view.end() + ": spend " + view.totals().spend() + " "
                + view.currency() + ", clicks " + view.totals().clicks() + (view.fromSnapshot() ? " (from the snapshot)" : ""));
    }

    /** Wires the core, walks the example, closes the core (scheduler, then database). */
    static CombinedMetrics.Result run(String jdbcUrl, String owner, String password, Path dataDir) throws IOException {
        // docs:begin lifecycle
        try (Adtelligent core = ReportingCore.start(jdbcUrl, owner, password, dataDir)) {
            return AcmeReport.run(core, dataDir);
        }
        // docs:end
    }
}
