package net.adtelligent.domain.alert;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * One episode of one rule ({@code kind}) for one subject: from the moment its condition first held
 * to the moment it cleared. {@code message} is the latest raise's, saying what to do;
 * {@code mailSentAt} is when the episode's one mail went out to the tenant's owners and admins.
 *
 * @param id           the store's number, increasing in the order episodes were opened
 * @param tenant       none for an alert of the whole system, which only operators read
 * @param lastRaisedAt when the condition was last seen holding
 */
public record AlertEpisode(long id, Option<TenantId> tenant, String kind, AlertSubject subject, String message,
                           AlertState state, Instant openedAt, Instant lastRaisedAt, Option<UserId> acknowledgedBy,
                           Option<Instant> acknowledgedAt, Option<Instant> resolvedAt, Option<Instant> mailSentAt) {

    public AlertEpisode {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(lastRaisedAt, "lastRaisedAt");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(mailSentAt, "mailSentAt");
        if ((state == AlertState.RESOLVED) != resolvedAt.isDefined()) {
            throw new IllegalArgumentException("an episode has a resolved time exactly when it is resolved");
        }
        if (acknowledgedBy.isDefined() != acknowledgedAt.isDefined()) {
            throw new IllegalArgumentException("an acknowledgement has both its person and its time");
        }
    }

    /** A new episode, open from {@code at}; its id is the store's to give. */
    public static AlertEpisode opened(long id, Option<TenantId> tenant, String kind, AlertSubject subject,
                                      String message, Instant at) {
        return new AlertEpisode(id, tenant, kind, subject, message, AlertState.OPEN, at, at, Option.none(),
                Option.none(), Option.none(), Option.none());
    }

    /** The condition still holds: the same episode, with the newest message. */
    public AlertEpisode raisedAgain(String newMessage, Instant at) {
        return new AlertEpisode(id, tenant, kind, subject, newMessage, state, openedAt, latest(at), acknowledgedBy,
                acknowledgedAt, resolvedAt, mailSentAt);
    }

    /**
     * The condition came back soon after it cleared: the same episode opens again, unacknowledged,
     * and keeps its mail, so a flapping subject is mailed once (see {@link AlertPolicy}).
     */
    public AlertEpisode reopened(String newMessage, Instant at) {
        return new AlertEpisode(id, tenant, kind, subject, newMessage, AlertState.OPEN, openedAt, latest(at),
                Option.none(), Option.none(), Option.none(), mailSentAt);
    }

    /** The condition cleared; none when the episode is over already. */
    public Option<AlertEpisode> resolved(Instant at) {
        if (!state.ongoing()) {
            return Option.none();
        }
        return Option.of(new AlertEpisode(id, tenant, kind, subject, message, AlertState.RESOLVED, openedAt,
                lastRaisedAt, acknowledgedBy, acknowledgedAt, Option.of(at), mailSentAt));
    }

    /** An admin or owner is on it. Acknowledging twice keeps the first; an ended episode refuses. */
    public Either<AlertRejection, AlertEpisode> acknowledge(UserId by, Instant at) {
        return switch (state) {
            case RESOLVED -> Either.left(new AlertRejection.Resolved(id));
            case ACKNOWLEDGED -> Either.right(this);
            case OPEN -> Either.right(new AlertEpisode(id, tenant, kind, subject, message, AlertState.ACKNOWLEDGED,
                    openedAt, lastRaisedAt, Option.of(by), Option.of(at), resolvedAt, mailSentAt));
        };
    }

    /**
     * Whether the episode's mail is still to go: a tenant's episode, ongoing, not mailed. One that
     * ended before its mail went out is not mailed (it would announce what is over).
     */
    public boolean mailDue() {
        return tenant.isDefined() && state.ongoing() && mailSentAt.isEmpty();
    }

    public AlertEpisode mailed(Instant at) {
        return withMail(Option.of(at));
    }

    /** The mail could not go: due again. */
    public AlertEpisode unmailed() {
        return withMail(Option.none());
    }

    private AlertEpisode withMail(Option<Instant> sent) {
        return new AlertEpisode(id, tenant, kind, subject, message, state, openedAt, lastRaisedAt, acknowledgedBy,
                acknowledgedAt, resolvedAt, sent);
    }

    private Instant latest(Instant at) {
        return at.isAfter(lastRaisedAt) ? at : lastRaisedAt;
    }
}
