package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertRejection;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Alerts;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.UnitOfWork;

/** Reading and acknowledging a tenant's alerts. */
final class AlertService implements Alerts {

    private static final String CURSOR = "alert:";

    private final AlertStore alerts;
    private final ConnectionNames names;
    private final AccessControl access;
    private final UnitOfWork units;
    private final AuditTrail trail;
    private final Clock clock;

    AlertService(AlertStore alerts, ConnectionStore connections, AccessControl access, UnitOfWork units, AuditTrail trail,
                 Clock clock) {
        this.names = new ConnectionNames(connections);
        this.alerts = alerts;
        this.access = access;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, Page<Listed>> list(Actor actor, Slug tenant, Query query) {
        return access.access(actor, tenant, Permission.VIEW_TENANT).flatMap(granted -> checked(query).map(wanted -> {
            TenantId id = granted.tenant().id();
            List<AlertEpisode> found = alerts.page(id, wanted.state, wanted.before, query.page().limit() + 1);
            boolean more = found.size() > query.page().limit();
            List<AlertEpisode> items = more ? found.subList(0, query.page().limit()) : found;
            Option<String> next = more ? Option.of(cursor(items.get(items.size() - 1).id())) : Option.none();
            Map<ConnectionId, String> named = names.of(id, items);
            return new Page<>(items.stream().map(episode -> new Listed(episode,
                    episode.subject().connection().flatMap(connection -> Option.of(named.get(connection))))).toList(), next);
        }));
    }

    @Override
    public Either<Rejection, Listed> acknowledge(Actor actor, Slug tenant, long alertId) {
        return units.decide(() -> access.access(actor, tenant, Permission.MANAGE_ALERTS)
                .flatMap(granted -> acknowledge(actor, granted.tenant().id(), alertId)
                        .map(episode -> new Listed(episode, names.of(granted.tenant().id(), episode)))));
    }

    private Either<Rejection, AlertEpisode> acknowledge(Actor actor, TenantId tenant, long alertId) {
        Option<AlertEpisode> found = alerts.lockById(tenant, alertId);
        if (found.isEmpty()) {
            return Either.left(new AlertRejection.NotFound(Long.toString(alertId)));
        }
        AlertEpisode episode = found.get();
        if (episode.state() == AlertState.ACKNOWLEDGED) {
            return Either.right(episode);
        }
        Either<AlertRejection, AlertEpisode> outcome = episode.acknowledge(actor.user().get(), clock.instant());
        if (outcome.isLeft()) {
            return Either.left(outcome.getLeft());
        }
        alerts.replace(outcome.get());
        trail.tenant(actor, tenant, "alert.acknowledged", "alert", Long.toString(alertId),
                Map.of("kind", episode.kind(), "subject", episode.subject().value()));
        return Either.right(outcome.get());
    }

    private record Wanted(Option<AlertState> state, Option<Long> before) {
    }

    private static Either<Rejection, Wanted> checked(Query query) {
        if (query.page().limit() < 1 || query.page().limit() > PageQuery.MAX_LIMIT) {
            return invalid("limit", "must be between 1 and " + PageQuery.MAX_LIMIT);
        }
        Option<AlertState> state = Option.none();
        if (query.state().isDefined()) {
            state = AlertState.fromWire(query.state().get());
            if (state.isEmpty()) {
                return invalid("state", "must be one of: open, acknowledged, resolved");
            }
        }
        if (query.page().cursor().isEmpty()) {
            return Either.right(new Wanted(state, Option.none()));
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(query.page().cursor().get()), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR)) {
                return invalid("cursor", "is not a cursor this list returned");
            }
            return Either.right(new Wanted(state, Option.of(Long.parseLong(text.substring(CURSOR.length())))));
        } catch (IllegalArgumentException notOurs) {
            return invalid("cursor", "is not a cursor this list returned");
        }
    }

    private static String cursor(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> Either<Rejection, T> invalid(String field, String reason) {
        return Either.left(new AlertRejection.Invalid(List.of(new FieldViolation(field, reason))));
    }
}
