package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.adtelligent.bench.CsvCopyBaseline.Copied;
import net.adtelligent.bench.CsvImportPhases;

/**
 * The rounds of {@code adtelligent-bench csv-import} as a table: the import's rate, whole and per step, beside
 * COPY's rate for the same file in the same round, and their ratio. As in {@link BenchReport}, the
 * ratio reported is the median of the rounds' own ratios. The replace round is shown, not counted:
 * it times another path (rows replacing stored rows, not new ones).
 */
final class BenchCsvReport {

    private final PrintWriter out;
    private final long rows;
    private final List<List<Double>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final long[] stepNanos = new long[3];

    BenchCsvReport(PrintWriter out, long rows) {
        this.out = out;
        this.rows = rows;
    }

    void header() {
        out.printf("%-8s %-7s %14s %14s %13s %14s %12s %7s%n", "round", "first", "import rows/s", "upload rows/s",
                "check rows/s", "commit rows/s", "COPY rows/s", "ratio");
    }

    void round(int round, boolean importFirst, CsvImportPhases imported, Optional<Copied> copied) {
        double[] rates = rates(imported, copied);
        for (int column = 0; column < rates.length; column++) {
            if (!Double.isNaN(rates[column])) {
                columns.get(column).add(rates[column]);
            }
        }
        stepNanos[0] += imported.uploadNanos();
        stepNanos[1] += imported.checkNanos();
        stepNanos[2] += imported.commitNanos();
        row(Integer.toString(round), importFirst ? "import" : "COPY", rates);
    }

    void median() {
        row("median", "", columns.stream().mapToDouble(BenchCsvReport::median).toArray());
    }

    void replace(boolean importFirst, CsvImportPhases imported, Optional<Copied> copied) {
        row("replace", importFirst ? "import" : "COPY", rates(imported, copied));
    }

    /** {@code missing}: why COPY was not measured, if it was not. */
    void summary(double goal, Optional<String> missing) {
        double ratio = median(columns.get(5));
        out.println();
        if (missing.isPresent()) {
            out.printf("CSV import vs PostgreSQL COPY: not measured, %s%n", missing.get());
        } else {
            out.printf("CSV import runs at %s of PostgreSQL COPY (median of the rounds' ratios); goal >= %s: %s%n",
                    percent(ratio), percent(goal), ratio >= goal ? "met" : "NOT met");
        }
        long total = stepNanos[0] + stepNanos[1] + stepNanos[2];
        out.printf("the import's time in the timed rounds: upload %s, check %s, commit %s%n", percent(stepNanos[0] / (double) total),
                percent(stepNanos[1] / (double) total), percent(stepNanos[2] / (double) total));
        out.printf("rows %,d a round, every one valid and stored%n", rows);
        out.flush();
    }

    private double[] rates(CsvImportPhases imported, Optional<Copied> copied) {
        if (imported.rows() != rows || copied.filter(copy -> copy.rows() != rows).isPresent()) {
            throw new IllegalStateException("expected " + rows + " rows, the import read " + imported.rows()
                    + " and COPY " + copied.map(Copied::rows).orElse(-1L));
        }
        double whole = perSecond(imported.totalNanos());
        double copy = copied.map(c -> perSecond(c.nanos())).orElse(Double.NaN);
        return new double[] {whole, perSecond(imported.uploadNanos()), perSecond(imported.checkNanos()),
            perSecond(imported.commitNanos()), copy, whole / copy};
    }

    private double perSecond(long nanos) {
        return rows * 1e9 / nanos;
    }

    private void row(String label, String first, double[] rates) {
        out.printf(Locale.ROOT, "%-8s %-7s %,14.0f %,14.0f %,13.0f %,14.0f %12s %7s%n", label, first, rates[0], rates[1],
                rates[2], rates[3], Double.isNaN(rates[4]) ? "n/a" : String.format(Locale.ROOT, "%,.0f", rates[4]),
                Double.isNaN(rates[5]) ? "n/a" : percent(rates[5]));
        out.flush();
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
