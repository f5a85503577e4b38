package net.adtelligent.testing;

import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemoryAuditLog;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;

/** An in-memory audit log that also lets tests see account events, which no tenant search returns. */
public final class RecordingAuditLog implements AuditLog {

    private final AuditLog delegate = new InMemoryAuditLog();
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
        delegate.record(event);
    }

    @Override
    public List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
        return delegate.search(tenant, filter, after, limit);
    }

    public List<String> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    public List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
