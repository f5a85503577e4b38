package net.adtelligent.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL stopped and started again under load. Both instances get CSV imports (upload, map,
 * commit, each worker staying on its instance) and reads from their workers, and a probe on each
 * reads the tenant every 100 ms; after the outage every import left half-way is taken up again as
 * a client told to retry would (GET the upload, map or commit what is not done).
 */
final class DatabaseRestart {

    static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration AFTER = Duration.ofSeconds(2);
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(60);
    private static final int WORKERS_PER_INSTANCE = 2;
    private static final int ROWS_PER_FILE = 60;

    /** What happened, on the harness's nanosecond clock. */
    record Outcome(List<Answer> answers, List<Answer> retries, long stoppedAt, long startedAt,
                   Map<String, Optional<Long>> firstSuccessAt, int files, int ambiguousCommits) {

        /** From the stop until every instance answered a success again (or the wait ran out). */
        long faultEnd() {
            return firstSuccessAt.values().stream()
                    .map(at -> at.orElse(startedAt + RECOVERY_WAIT.toNanos()))
                    .max(Long::compare).orElse(startedAt);
        }

        List<Answer> duringFault() {
            return answers.stream().filter(answer -> answer.overlaps(stoppedAt, faultEnd())).toList();
        }

        Map<String, Long> statusCounts(List<Answer> of) {
            Map<String, Long> counts = new TreeMap<>();
            of.forEach(answer -> counts.merge(answer.statusName(), 1L, Long::sum));
            return counts;
        }

        Duration worstLatencyDuringFault() {
            return duringFault().stream().map(Answer::latency).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        Optional<Duration> timeToFirstSuccess(String instance) {
            return firstSuccessAt.get(instance).map(at -> Duration.ofNanos(at - startedAt));
        }
    }

    static Outcome run(Harness harness) throws InterruptedException {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger files = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        for (ServiceProcess instance : List.of(harness.a, harness.b)) {
            Api api = harness.api.on(instance);
            for (int worker = 0; worker < WORKERS_PER_INSTANCE; worker++) {
                threads.add(started("load-" + instance.name() + "-" + worker, () -> {
                    while (!stop.get()) {
                        Ledger.Entry entry = harness.ledger.add(
                                CsvFile.of("restart-" + instance.name() + "-" + files.incrementAndGet(), ROWS_PER_FILE));
                        sent.add(new Sent(entry, api));
                        importOnce(harness.uploads, api, entry, answers);
                        answers.add(api.get("/api/tenants/" + Harness.TENANT + "/uploads/csv/?limit=5"));
                    }
                }));
            }
            threads.add(started("probe-" + instance.name(), () -> {
                while (!stop.get()) {
                    answers.add(api.get("/api/tenants/" + Harness.TENANT + "/"));
                    ServiceProcess.sleep(Duration.ofMillis(100));
                }
            }));
        }
        Thread.sleep(WARM_UP.toMillis());
        long stoppedAt = System.nanoTime();
        harness.database.stop();
        Thread.sleep(OUTAGE.toMillis());
        harness.database.start();
        long startedAt = System.nanoTime();
        Map<String, Optional<Long>> firstSuccess = awaitFirstSuccess(harness, answers, startedAt);
        Thread.sleep(AFTER.toMillis());
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(Api.HANG.multipliedBy(4).toMillis());
        }
        List<Answer> retries = new ArrayList<>();
        int ambiguous = 0;
        for (Sent one : sent) {
            if (one.entry().upload.isPresent() && !one.entry().commitAnswered200) {
                ambiguous += finish(harness.uploads, one.api(), one.entry(), retries) ? 1 : 0;
            }
        }
        return new Outcome(List.copyOf(answers), retries, stoppedAt, startedAt, firstSuccess, files.get(), ambiguous);
    }

    /** A file and the instance its worker sent it to. */
    private record Sent(Ledger.Entry entry, Api api) {
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Upload, map, commit; stops at the first step that does not succeed. */
    private static void importOnce(Uploads uploads, Api api, Ledger.Entry entry, ConcurrentLinkedQueue<Answer> answers) {
        Answer uploaded = uploads.upload(api, entry.file);
        answers.add(uploaded);
        if (uploaded.status() != 201) {
            return;
        }
        entry.upload = Optional.of(Uploads.id(uploaded));
        Answer mapped = uploads.map(api, entry.upload.get(), entry.file);
        answers.add(mapped);
        if (mapped.status() != 200) {
            return;
        }
        Answer committed = uploads.commit(api, entry.upload.get());
        answers.add(committed);
        entry.commitAnswered200 = committed.status() == 200;
        entry.commitAnsweredOther = committed.status() != 200;
    }

    /**
     * Takes an import up where it stopped, as a client that was answered 503 does once the service is
     * back. True when its commit had not answered 200 and yet the upload was committed.
     */
    private static boolean finish(Uploads uploads, Api api, Ledger.Entry entry, List<Answer> retries) {
        Answer shown = uploads.show(api, entry.upload.get());
        retries.add(shown);
        if (!shown.success()) {
            return false;
        }
        String status = Uploads.status(shown);
        if ("committed".equals(status)) {
            return entry.commitAnsweredOther;
        }
        if (!"ready".equals(status)) {
            Answer mapped = uploads.map(api, entry.upload.get(), entry.file);
            retries.add(mapped);
            if (mapped.status() != 200) {
                return false;
            }
        }
        Answer committed = uploads.commit(api, entry.upload.get());
        retries.add(committed);
        entry.commitAnswered200 = committed.status() == 200;
        return false;
    }

    private static Map<String, Optional<Long>> awaitFirstSuccess(Harness harness, ConcurrentLinkedQueue<Answer> answers,
                                                                 long startedAt) throws InterruptedException {
        long deadline = startedAt + RECOVERY_WAIT.toNanos();
        Map<String, Optional<Long>> first = new TreeMap<>();
        while (true) {
            for (ServiceProcess instance : List.of(harness.a, harness.b)) {
                first.put(instance.name(), answers.stream()
                        .filter(answer -> answer.instance().equals(instance.name()) && answer.success()
                                && answer.sentNanos() >= startedAt)
                        .map(Answer::answeredNanos).min(Long::compare));
            }
            if (first.values().stream().allMatch(Optional::isPresent) || System.nanoTime() > deadline) {
                return first;
            }
            Thread.sleep(50);
        }
    }
}
