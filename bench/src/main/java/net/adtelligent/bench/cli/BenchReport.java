package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.adtelligent.bench.Footprint;
import net.adtelligent.bench.PeakMemory;

/**
 * The rounds of a side-by-side benchmark as a table. The ratio reported is the median of each
 * round's own ratio: both halves of a round ran within seconds of each other, so a noisy
 * neighbour slowing one round slows both halves and cancels out.
 */
final class BenchReport {

    private final PrintWriter out;
    private final long records;
    private final List<Double> parsing = new ArrayList<>();
    private final List<Double> normalising = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();

    BenchReport(PrintWriter out, long records) {
        this.out = out;
        this.records = records;
    }

    /** The JVM and its options: heap settings change the figures, so they are part of the result. */
    void machine() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        out.printf("java %s (%s), %d processors, max heap %s, JVM options: %s%n", Runtime.version(),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                bytes(PeakMemory.maxHeap()), options.isEmpty() ? "none" : String.join(" ", options));
    }

    void round(long parsingNanos, long normalisingNanos) {
        if (ratios.isEmpty()) {
            out.printf("%-7s %26s %22s %8s%n", "round", "plain Jackson records/s", "normalise records/s", "ratio");
        }
        double parse = records * 1e9 / parsingNanos;
        double normalise = records * 1e9 / normalisingNanos;
        parsing.add(parse);
        normalising.add(normalise);
        ratios.add(normalise / parse);
        row(Integer.toString(ratios.size()), parse, normalise, normalise / parse);
    }

    void summary(double goal, long rows, long rejected) {
        double ratio = median(ratios);
        row("median", median(parsing), median(normalising), ratio);
        out.printf("%nnormalisation runs at %s of plain Jackson parsing (median of the rounds' ratios); goal >= %s: %s%n",
                percent(ratio), percent(goal), ratio >= goal ? "met" : "NOT met");
        out.printf("rows %,d, rejected %,d%n", rows, rejected);
        out.flush();
    }

    void memory(Footprint held) {
        out.printf("%nmemory, normalising the whole file once more (%,d rows), rows handed on as finish() makes them:%n",
                held.rows());
        memory("live heap before the round", held.baseline(), "after a full GC: contracts, JVM");
        memory("live heap before finish()", held.filling(),
                String.format(Locale.ROOT, "the batch at its fullest, %,d records in; beyond, rows spill to disk", held.fullestAfter()));
        memory("live heap in finish()", held.finishing(), "at its first row out: the last sort's rows and open runs");
        memory("heap peak, sum of pool peaks", held.heapPeak(), "how far the collector let the heap grow");
        memory("process peak RSS (VmHWM)", held.processPeak().orElse(-1), "the whole run, JVM included");
        out.flush();
    }

    private void memory(String what, long bytes, String why) {
        out.printf("  %-30s %10s  (%s)%n", what, bytes < 0 ? "n/a" : bytes(bytes), why);
    }

    private void row(String label, double parse, double normalise, double ratio) {
        out.printf(Locale.ROOT, "%-7s %,26.0f %,22.0f %8s%n", label, parse, normalise, percent(ratio));
        out.flush();
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** The middle value, or the mean of the middle two: every benchmark's "median of the rounds". */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String bytes(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }
}
