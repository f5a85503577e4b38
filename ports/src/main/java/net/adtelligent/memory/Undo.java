package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The undo journal of the unit of work open on this thread, if any. Every in-memory store notes,
 * before it changes a key, how to put the key back; a unit that fails replays the notes newest
 * first. Outside a unit nothing is noted. Keys the unit did not touch are never put back, so a
 * write made meanwhile outside the unit survives its rollback.
 */
final class Undo {

    private static final ThreadLocal<Undo> OPEN = new ThreadLocal<>();

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Option<TenantId> tenant;

    private Undo(Option<TenantId> tenant) {
        this.tenant = tenant;
    }

    /** Notes the current value of {@code key} (or its absence), to restore it if the unit fails. */
    static <K, V> void remember(Map<K, V> map, K key) {
        Undo open = OPEN.get();
        if (open != null) {
            V before = map.get(key);
            open.steps.push(() -> {
                if (before == null) {
                    map.remove(key);
                } else {
                    map.put(key, before);
                }
            });
        }
    }

    /** Notes a step that reverses a change no map key describes (an element added to a list). */
    static void remember(Runnable reverse) {
        Undo open = OPEN.get();
        if (open != null) {
            open.steps.push(reverse);
        }
    }

    static Option<Undo> open() {
        return Option.of(OPEN.get());
    }

    static Undo begin(Option<TenantId> tenant) {
        Undo unit = new Undo(tenant);
        OPEN.set(unit);
        return unit;
    }

    /** A nested unit joins this one; for another tenant it is refused. */
    void join(Option<TenantId> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        if (tenant.isDefined() && !tenant.get().equals(wanted.get())) {
            throw new IllegalStateException("a unit of work of tenant " + tenant.get()
                    + " cannot work in tenant " + wanted.get());
        }
        tenant = wanted;
    }

    void rollBack() {
        while (!steps.isEmpty()) {
            steps.pop().run();
        }
    }

    void end() {
        steps.clear();
        OPEN.remove();
    }
}
