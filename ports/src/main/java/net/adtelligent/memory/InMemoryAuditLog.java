package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;

/** The audit log in memory, lost when the JVM stops. Thread-safe; nothing recorded is replaced. */
public final class InMemoryAuditLog implements AuditLog {

    /**
     * Ids compare as unsigned numbers, which is the order of their text and PostgreSQL's order of
     * uuids; java.util.UUID.compareTo compares signed and would page differently.
     */
    private static final Comparator<UUID> ID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final Comparator<AuditPosition> OLDEST_FIRST =
            Comparator.comparing(AuditPosition::at).thenComparing(AuditPosition::id, ID_ORDER);

    private final Map<UUID, AuditEvent> tenantEvents = new ConcurrentHashMap<>();
    // Account events (no tenant) are kept apart, as in PostgreSQL; no tenant's search reaches them.
    private final Map<UUID, AuditEvent> accountEvents = new ConcurrentHashMap<>();

    @Override
    public void record(AuditEvent event) {
        Map<UUID, AuditEvent> events = event.tenantId().isDefined() ? tenantEvents : accountEvents;
        Undo.remember(events, event.id());
        if (events.putIfAbsent(event.id(), event) != null) {
            throw new IllegalArgumentException("audit event " + event.id() + " is recorded already");
        }
    }

    @Override
    public List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
        return tenantEvents.values().stream()
                .filter(event -> event.tenantId().contains(tenant))
                .filter(event -> matches(event, filter))
                .filter(event -> after.forAll(position -> OLDEST_FIRST.compare(positionOf(event), position) < 0))
                .sorted(Comparator.comparing(InMemoryAuditLog::positionOf, OLDEST_FIRST.reversed()))
                .limit(limit)
                .toList();
    }

    private static boolean matches(AuditEvent event, AuditFilter filter) {
        return filter.actor().forAll(actor -> event.actor().contains(actor))
                && filter.action().forAll(event.action()::equals)
                && filter.targetType().forAll(event.targetType()::equals)
                && filter.targetId().forAll(event.targetId()::equals)
                && filter.from().forAll(from -> !event.at().isBefore(from))
                && filter.to().forAll(to -> event.at().isBefore(to));
    }

    private static AuditPosition positionOf(AuditEvent event) {
        return new AuditPosition(event.at(), event.id());
    }
}
