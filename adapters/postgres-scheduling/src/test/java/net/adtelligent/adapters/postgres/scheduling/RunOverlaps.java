package net.adtelligent.adapters.postgres.scheduling;

import static net.adtelligent.adapters.postgres.scheduling.SchedulerFixture.sleep;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A recurring task's runs across instances: which instance ran, and how many ran at once at most. */
final class RunOverlaps {

    final Queue<String> runs = new ConcurrentLinkedQueue<>();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final Duration each;

    RunOverlaps(Duration each) {
        this.each = each;
    }

    /** One run of {@code instance}, lasting {@code each}; answers 0 (nothing done), as the tasks count. */
    int run(String instance) {
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        sleep(each);
        running.decrementAndGet();
        runs.add(instance);
        return 0;
    }
}
