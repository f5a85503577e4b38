package net.adtelligent.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources an embedder handed to the facade to close with it (a database, a scheduler).
 * Closed last given first, so a scheduler given after its database stops before the database
 * closes; every one is closed even when an earlier one fails, the first failure carrying the rest.
 */
final class Owned {

    private final List<AutoCloseable> resources;
    private boolean closed;

    Owned(List<AutoCloseable> resources) {
        this.resources = List.copyOf(resources);
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception problem) {
                if (failure == null) {
                    failure = problem instanceof RuntimeException runtime
                            ? runtime : new IllegalStateException("closing " + resources.get(i) + " failed", problem);
                } else {
                    failure.addSuppressed(problem);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static List<AutoCloseable> list() {
        return new ArrayList<>();
    }
}
