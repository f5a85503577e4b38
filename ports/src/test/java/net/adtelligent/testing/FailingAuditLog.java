package net.adtelligent.testing;

import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;

/** An audit log that, once armed, fails its n-th record as a lost connection would: a failure between a use case's writes. */
public final class FailingAuditLog implements AuditLog {

    private final AuditLog delegate;
    private final AtomicInteger untilFailure = new AtomicInteger(Integer.MAX_VALUE);

    public FailingAuditLog(AuditLog delegate) {
        this.delegate = delegate;
    }

    /** The {@code n}-th record from now throws (1: the next one); later ones work again. */
    public void failRecord(int n) {
        untilFailure.set(n);
    }

    @Override
    public void record(AuditEvent event) {
        if (untilFailure.decrementAndGet() == 0) {
            untilFailure.set(Integer.MAX_VALUE);
            throw new IllegalStateException("the audit log is unreachable");
        }
        delegate.record(event);
    }

    @Override
    public List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
        return delegate.search(tenant, filter, after, limit);
    }
}
