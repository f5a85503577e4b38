package net.adtelligent.faults;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work on a thread of its own. Not the common pool: on two cores it has one thread, and requests
 * meant to meet in the service would be sent one after the other.
 */
final class Background {

    private Background() {
    }

    static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error failure) {
                result.completeExceptionally(failure);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
