package net.adtelligent.ports.out;

import java.time.Instant;
import java.util.UUID;

/** Where a page of audit events ended: the sort key of its last event. */
public record AuditPosition(Instant at, UUID id) {
}
