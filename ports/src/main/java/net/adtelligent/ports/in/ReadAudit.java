package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.Slug;

public interface ReadAudit {

    /**
     * A tenant's audit events, newest first; filters as typed by the user (actor: user id,
     * action, target_type, target_id, from/to: ISO-8601 instants), each checked and named when wrong.
     */
    Either<Rejection, Page<AuditEvent>> search(Actor actor, Slug tenant, AuditQuery query, PageQuery page);

    record AuditQuery(Option<String> actor, Option<String> action, Option<String> targetType,
                      Option<String> targetId, Option<String> from, Option<String> to) {

        /** No filter: every event. */
        public static AuditQuery defaults() {
            return new AuditQuery(Option.none(), Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
        }
    }
}
