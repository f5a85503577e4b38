package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One case of {@code adtelligent-bench snapshot} as a table: each round's snapshot generation and bare SQL
 * aggregate of the same rows, and how many times the aggregate's time the snapshot took. As in
 * {@link BenchReport}, the ratio reported is the median of the rounds' own ratios.
 */
final class BenchSnapshotReport {

    private final PrintWriter out;
    private final List<Double> snapshots = new ArrayList<>();
    private final List<Double> bare = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();

    BenchSnapshotReport(PrintWriter out) {
        this.out = out;
    }

    void round(int round, boolean snapshotFirst, long snapshotNanos, long bareNanos) {
        if (ratios.isEmpty()) {
            out.printf("%-7s %-9s %13s %13s %7s%n", "round", "first", "snapshot ms", "bare SQL ms", "ratio");
        }
        double snapshot = snapshotNanos / 1e6;
        double sql = bareNanos / 1e6;
        snapshots.add(snapshot);
        bare.add(sql);
        ratios.add(snapshot / sql);
        row(Integer.toString(round), snapshotFirst ? "snapshot" : "bare SQL", snapshot, sql, snapshot / sql);
    }

    /** {@code maxRatio}: how many times the bare aggregate's time a snapshot may take; {@code maxMillis}: its limit. */
    void summary(String what, double maxRatio, double maxMillis) {
        double ratio = BenchReport.median(ratios);
        double snapshot = BenchReport.median(snapshots);
        row("median", "", snapshot, BenchReport.median(bare), ratio);
        out.printf(Locale.ROOT, "%s: snapshot generation %.0f ms (median), %.2fx the bare SQL aggregate (median of the rounds' "
                + "ratios); goal <= %.0fx: %s; goal < %.0f s: %s%n%n", what, snapshot, ratio, maxRatio,
                ratio <= maxRatio ? "met" : "NOT met", maxMillis / 1000, snapshot < maxMillis ? "met" : "NOT met");
        out.flush();
    }

    private void row(String label, String first, double snapshot, double sql, double ratio) {
        out.printf(Locale.ROOT, "%-7s %-9s %,13.1f %,13.1f %6.2fx%n", label, first, snapshot, sql, ratio);
        out.flush();
    }


    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
