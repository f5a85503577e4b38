package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import net.adtelligent.bench.HttpLoad;
import net.adtelligent.bench.HttpResidentMemory;
import net.adtelligent.bench.PeakMemory;

/**
 * The outcome of {@code adtelligent-bench http}: each target's rate and 99th percentile as wrk measured them,
 * the service's share of the static route's rate, and the service JVM's resident memory, each
 * beside its goal.
 */
final class BenchHttpReport {

    private static final long MiB = 1024 * 1024;

    private final PrintWriter out;

    BenchHttpReport(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.printf("%-36s %13s %9s %12s  %s%n", "target", "requests/s", "p99 ms", "requests", "errors");
    }

    void target(String name, HttpLoad.Result result) {
        out.printf(Locale.ROOT, "%-36s %,13.1f %9.2f %,12d  %s%n", name, result.requestsPerSecond(), result.p99Millis(),
                result.requests(), result.clean() ? "none" : result.non2xx() + " non-2xx; " + result.socketErrors());
        out.flush();
    }

    void summary(HttpLoad.Result service, HttpLoad.Result baseline, double minShare, double maxP99Millis,
                 Optional<HttpResidentMemory> memory, long maxResident) {
        double share = service.requestsPerSecond() / baseline.requestsPerSecond();
        out.println();
        if (!service.clean() || !baseline.clean()) {
            out.println("ERRORS during the load: the rates below are not those of the routes' answers");
        }
        out.printf(Locale.ROOT, "combined metrics run at %.1f%% of the static route's throughput; goal >= %.0f%%: %s%n",
                share * 100, minShare * 100, share >= minShare ? "met" : "NOT met");
        out.printf(Locale.ROOT, "combined metrics p99 latency %.2f ms (static route %.2f ms); goal < %.0f ms: %s%n",
                service.p99Millis(), baseline.p99Millis(), maxP99Millis, service.p99Millis() < maxP99Millis ? "met" : "NOT met");
        if (memory.isEmpty()) {
            out.println("service JVM resident memory: n/a (no /proc/self/status)");
        } else {
            long peak = memory.get().peak();
            out.printf("service JVM resident memory after the load: VmRSS %s, peak VmHWM %s (max heap %s; the embedded "
                    + "PostgreSQL runs in processes of its own, not counted); goal < %s: %s%n",
                    BenchReport.bytes(memory.get().current()), BenchReport.bytes(peak), BenchReport.bytes(PeakMemory.maxHeap()),
                    BenchReport.bytes(maxResident), peak < maxResident ? "met" : "NOT met");
        }
        out.flush();
    }

    static long mebibytes(long count) {
        return count * MiB;
    }
}
