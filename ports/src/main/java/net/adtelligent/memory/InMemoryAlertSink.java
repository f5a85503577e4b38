package net.adtelligent.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.adtelligent.ports.out.AlertSink;

/** Alerts kept in memory, in the order raised: for tests, and to see what would have gone out. */
public final class InMemoryAlertSink implements AlertSink {

    private final List<Alert> raised = new CopyOnWriteArrayList<>();

    @Override
    public void raise(Alert alert) {
        raised.add(alert);
        Undo.remember(() -> raised.remove(alert));
    }

    public List<Alert> raised() {
        return List.copyOf(raised);
    }
}
