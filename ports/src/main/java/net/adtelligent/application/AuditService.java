package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.ReadAudit;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;

final class AuditService implements ReadAudit {

    private final AuditLog log;
    private final AccessControl access;

    AuditService(AuditLog log, AccessControl access) {
        this.log = log;
        this.access = access;
    }

    @Override
    public Either<Rejection, Page<AuditEvent>> search(Actor actor, Slug tenantSlug, AuditQuery query, PageQuery page) {
        return access.access(actor, tenantSlug, Permission.VIEW_AUDIT).flatMap(granted -> {
            List<FieldViolation> problems = new ArrayList<>();
            AuditFilter filter = new AuditFilter(
                    parse(query.actor(), "actor", text -> new UserId(UUID.fromString(text)), "is not a user id", problems),
                    plain(query.action(), "action", problems), plain(query.targetType(), "target_type", problems),
                    plain(query.targetId(), "target_id", problems),
                    instant(query.from(), "from", problems), instant(query.to(), "to", problems));
            Option<AuditPosition> after = parse(page.cursor(), "cursor", AuditService::decode,
                    "is not a cursor this list returned", problems);
            if (page.limit() < 1 || page.limit() > PageQuery.MAX_LIMIT) {
                problems.add(new FieldViolation("limit", "must be between 1 and " + PageQuery.MAX_LIMIT));
            }
            if (!problems.isEmpty()) {
                return Either.left(new IdentityRejection.Invalid(problems));
            }
            List<AuditEvent> found = log.search(granted.tenant().id(), filter, after, page.limit() + 1);
            if (found.size() <= page.limit()) {
                return Either.right(new Page<>(found, Option.none()));
            }
            List<AuditEvent> items = found.subList(0, page.limit());
            return Either.right(new Page<>(items, Option.of(encode(items.get(items.size() - 1)))));
        });
    }

    private static <T> Option<T> parse(Option<String> text, String field, Function<String, T> parser, String reason,
                                       List<FieldViolation> problems) {
        try {
            return text.map(parser);
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            problems.add(new FieldViolation(field, reason));
            return Option.none();
        }
    }

    private static Option<Instant> instant(Option<String> text, String field, List<FieldViolation> problems) {
        Option<Instant> parsed = parse(text, field, Instant::parse, "is not an ISO-8601 instant", problems);
        try {
            return parsed.map(PlausibleDates::plausible);
        } catch (IllegalArgumentException outside) {
            problems.add(new FieldViolation(field, outside.getMessage()));
            return Option.none();
        }
    }

    /** Filter text as typed; control characters can match nothing and some cannot even be sent to a database. */
    private static Option<String> plain(Option<String> text, String field, List<FieldViolation> problems) {
        if (text.exists(value -> value.codePoints().anyMatch(Character::isISOControl))) {
            problems.add(new FieldViolation(field, "must not contain control characters"));
            return Option.none();
        }
        return text;
    }

    private static String encode(AuditEvent last) {
        String key = last.at() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditPosition decode(String cursor) {
        String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new AuditPosition(PlausibleDates.plausible(Instant.parse(parts[0])), UUID.fromString(parts[1]));
    }
}
