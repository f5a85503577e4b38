package net.adtelligent.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the probes side by side, each on a thread of its own, and waits for them until the deadline:
 * a probe stuck on a dead network must not hold the answer. A probe still running from an earlier
 * check is joined rather than started again, so a hanging part costs one thread, not one per check.
 */
final class HealthService implements CheckHealth {

    private static final Logger log = LoggerFactory.getLogger(HealthService.class);

    private final List<HealthProbe> probes;
    private final Map<HealthProbe, CompletableFuture<ComponentHealth>> running = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "health-probe");
        thread.setDaemon(true); // a probe that never returns must not keep the process alive
        return thread;
    });

    HealthService(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public HealthReport check(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        List<CompletableFuture<ComponentHealth>> answers = probes.stream().map(this::start).toList();
        List<ComponentHealth> components = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            components.add(await(probes.get(i), answers.get(i), end, deadline));
        }
        return new HealthReport(components);
    }

    private CompletableFuture<ComponentHealth> start(HealthProbe probe) {
        CompletableFuture<ComponentHealth> answer = new CompletableFuture<>();
        CompletableFuture<ComponentHealth> earlier = running.putIfAbsent(probe, answer);
        if (earlier != null) {
            return earlier;
        }
        threads.execute(() -> {
            try {
                answer.complete(probeSafely(probe));
            } finally {
                running.remove(probe, answer);
            }
        });
        return answer;
    }

    private static ComponentHealth await(HealthProbe probe, CompletableFuture<ComponentHealth> answer, long end,
                                         Duration deadline) {
        try {
            return answer.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            log.warn("health probe gave no answer in time component={} deadline={}", probe.component(), deadline);
            return new ComponentHealth(probe.component(), false, "no answer within " + seconds(deadline));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new ComponentHealth(probe.component(), false, "not asked: the check was interrupted");
        } catch (ExecutionException impossible) {
            return new ComponentHealth(probe.component(), false, "unreachable"); // probeSafely never throws
        }
    }

    private static ComponentHealth probeSafely(HealthProbe probe) {
        try {
            return probe.probe();
        } catch (RuntimeException failure) {
            // The exception text may name hosts or users: log it, show only that the part is down.
            log.warn("health probe failed component={}", probe.component(), failure);
            return new ComponentHealth(probe.component(), false, "unreachable");
        }
    }

    /** "0.7 s", "2 s": as an operator reads it. */
    private static String seconds(Duration deadline) {
        return BigDecimal.valueOf(deadline.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
