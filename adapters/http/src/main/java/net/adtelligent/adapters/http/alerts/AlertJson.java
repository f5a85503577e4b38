package net.adtelligent.adapters.http.alerts;

import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.ports.in.Alerts;

/**
 * An alert as the API shows it: what rule, about what (and the connection's id and name when it is
 * about one), where its episode stands, and when it opened, was last seen, was acknowledged and by whom,
 * resolved, and mailed; null where it has not happened.
 */
record AlertJson(long id, String kind, String subject, UUID connectionId, String connectionName, String message, String state,
                 Instant openedAt, Instant lastRaisedAt, UUID acknowledgedBy, Instant acknowledgedAt,
                 Instant resolvedAt, Instant mailedAt) {

    static AlertJson of(Alerts.Listed listed) {
        AlertEpisode episode = listed.episode();
        return new AlertJson(episode.id(), episode.kind(), episode.subject().value(),
                episode.subject().connection().map(id -> id.value()).getOrNull(), listed.connectionName().getOrNull(),
                episode.message(),
                episode.state().wireName(), episode.openedAt(), episode.lastRaisedAt(),
                episode.acknowledgedBy().map(user -> user.value()).getOrNull(), episode.acknowledgedAt().getOrNull(),
                episode.resolvedAt().getOrNull(), episode.mailSentAt().getOrNull());
    }
}
