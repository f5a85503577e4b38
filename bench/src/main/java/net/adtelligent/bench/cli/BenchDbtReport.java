package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.bench.DbtRun;
import net.adtelligent.bench.NormaliseIngest;

/** The dbt benchmark's figures: both engines' times, their ratio, and where each spent its time. */
final class BenchDbtReport {

    private static final int NODES_SHOWN = 8;

    private final PrintWriter out;

    BenchDbtReport(PrintWriter out) {
        this.out = out;
    }

    void print(NormaliseIngest.Timed java, DbtRun.Result dbt, long javaRows, long martRows, String mart, String stagingModel) {
        String martModel = mart.substring(mart.indexOf('.') + 1);
        out.printf("Java (normaliser + ingest, one unit of work): %s for %,d records -> %,d rows stored (%,d rejected), %,.0f records/s%n",
                seconds(java.totalNanos()), java.records(), java.stored(), java.rejected(), java.records() * 1e9 / java.totalNanos());
        out.printf("  reading and normalising             %9s  %5.1f%%%n", seconds(java.normaliseNanos()), share(java.normaliseNanos(), java.totalNanos()));
        out.printf("  storing (ingest's chunks, commit)   %9s  %5.1f%%%n", seconds(java.databaseNanos()),
                share(java.databaseNanos(), java.totalNanos()));
        out.printf("dbt build (staging + %s, their tests, the views hook): %s wall, %.2f s by dbt's own clock, %,d nodes%n",
                mart.substring(mart.indexOf('.') + 1), seconds(dbt.nanos()), dbt.elapsedSeconds(), dbt.nodes().size());
        out.printf("  dbt's start, parsing and compiling (wall time outside its run)  %s%n",
                seconds(dbt.nanos() - (long) (dbt.elapsedSeconds() * 1e9)));
        out.printf("  nodes' execution_time summed by kind (nodes run side by side on DBT_THREADS threads, so the sums"
                + " may exceed the run's time):%n");
        Map<String, double[]> kinds = new LinkedHashMap<>();
        for (DbtRun.Node node : dbt.nodes()) {
            double[] kind = kinds.computeIfAbsent(kind(node.id(), stagingModel, martModel), key -> new double[2]);
            kind[0]++;
            kind[1] += node.seconds();
        }
        kinds.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).forEach(kind ->
                out.printf("    %-58s %3.0f nodes %8.2f s%n", kind.getKey(), kind.getValue()[0], kind.getValue()[1]));
        out.printf("  slowest nodes:%n");
        dbt.nodes().stream().limit(NODES_SHOWN).forEach(node -> out.printf("    %-58s %-7s %8.2f s%n",
                node.id().length() > 58 ? node.id().substring(0, 55) + "..." : node.id(), node.status(), node.seconds()));
        out.printf("rows: Java %,d in public.ad_performance_daily, dbt %,d in %s: %s%n", javaRows, martRows, mart,
                javaRows == martRows ? "equal" : "DIFFERENT");
        out.printf("%ndbt build took %.2fx the Java path's time (%s against %s)%n", (double) dbt.nanos() / java.totalNanos(),
                seconds(dbt.nanos()), seconds(java.totalNanos()));
        out.flush();
    }

    private static String kind(String id, String stagingModel, String martModel) {
        String[] parts = id.split("\\.");
        if (parts[0].equals("operation")) {
            return "hook: on-run-start (the Airbyte views)";
        }
        boolean stream = id.contains(stagingModel) || id.contains(martModel);
        if (parts[0].equals("model")) {
            return parts[2].equals(stagingModel) ? "model: " + stagingModel + " (view)"
                    : parts[2].equals(martModel) ? "model: " + martModel + " (table)" : "models: other streams' staging (no rows)";
        }
        return stream ? "tests: of " + stagingModel + " and " + martModel : "tests: of other streams' staging (no rows)";
    }

    private static double share(long part, long whole) {
        return part * 100.0 / whole;
    }

    private static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }
}
