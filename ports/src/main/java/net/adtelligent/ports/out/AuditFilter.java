package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.identity.UserId;

/** Which audit events to read; empty fields match everything. from is inclusive, to exclusive. */
public record AuditFilter(Option<UserId> actor, Option<String> action, Option<String> targetType,
                          Option<String> targetId, Option<Instant> from, Option<Instant> to) {

    public AuditFilter {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public static AuditFilter all() {
        return new AuditFilter(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    }
}
