package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.TenantId;

/** The append-only audit log. Nothing recorded is ever changed or deleted. */
public interface AuditLog {

    void record(AuditEvent event);

    /**
     * A tenant's events matching the filter, newest first (by time, then id), starting after the
     * given event, at most limit.
     */
    List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit);
}
