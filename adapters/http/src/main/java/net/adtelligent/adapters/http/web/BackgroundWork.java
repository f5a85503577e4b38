package net.adtelligent.adapters.http.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Work a request starts but must not wait for, so its response time reveals nothing about what
 * the work found (a password-reset request for an email that has an account, or not). Two
 * threads and a bounded queue: a flood of requests cannot make it hold unbounded memory.
 */
public final class BackgroundWork implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    private static final int THREADS = 2;
    private static final int QUEUE = 1_000;

    private final ThreadPoolExecutor executor;

    public BackgroundWork() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), task -> {
            Thread thread = new Thread(task, "adt-http-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the work later, logging under the request's correlation id; dropped (and logged) when the queue is full. */
    public void submit(String what, String correlationId, Runnable work) {
        try {
            executor.execute(() -> {
                MDC.put(RequestIds.CORRELATION_ID, correlationId);
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    log.error("background work failed: {}", what, failure);
                } finally {
                    MDC.remove(RequestIds.CORRELATION_ID);
                }
            });
        } catch (RejectedExecutionException full) {
            log.warn("background work dropped, queue full or shutting down: {}", what);
        }
    }

    /** Lets queued work finish for a few seconds, then gives up on it. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
