package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.ConnectionStore;

/**
 * The connection a consent makes: a new one for an account the tenant has no connection to, or the
 * existing one's credentials renewed. Scopes the platform did not grant leave it reauth_required,
 * named in the audit event and in the alert, raised on the transition into that status only.
 * Called inside the use case's unit of work.
 */
final class ConsentedConnections {

    static final String REAUTH_ALERT = "reauth_required";
    private static final int SCAN = 10_000;

    private final ConnectionStore store;
    private final AlertSink alerts;
    private final AuditTrail trail;

    ConsentedConnections(ConnectionStore store, AlertSink alerts, AuditTrail trail) {
        this.store = store;
        this.alerts = alerts;
        this.trail = trail;
    }

    Either<Rejection, Connection> make(Actor actor, OAuthGrant grant, PlatformAccount account, Option<String> name,
                                       List<String> missing, Instant now) {
        ConnectorDefinition definition = ConnectorCatalog.of(grant.platform());
        Option<Connection> before = existing(grant, account.id());
        Either<Rejection, Connection> made = before
                .fold(() -> Either.<Rejection, Connection>right(Connection.consented(ConnectionId.random(),
                                grant.tenant(), definition, account.id(), name.getOrElse(() -> shortName(definition, account)),
                                grant.tokens().get(), grant.fingerprints(), grant.tokenExpiresAt(), now)),
                        current -> current.renewCredentials(grant.tokens().get(), grant.fingerprints(),
                                grant.tokenExpiresAt(), now).mapLeft(rejection -> rejection));
        return made.map(connection -> {
            boolean isNew = before.isEmpty();
            Connection gated = missing.isEmpty() ? connection : connection.requireReauth(now);
            if (isNew) {
                store.add(gated);
            } else {
                store.replace(gated);
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("platform", gated.platform().name());
            details.put("external_account_id", gated.externalAccountId());
            details.put("status", gated.status().wireName());
            details.put("credential_fields", String.join(",", gated.fingerprints().keySet().stream().sorted().toList()));
            details.put("granted_scopes", String.join(" ", grant.grantedScopes()));
            if (!missing.isEmpty()) {
                details.put("missing_scopes", String.join(" ", missing));
            }
            trail.tenant(actor, gated.tenant(), AuditAction.CONNECTION_CONSENTED, "connection", gated.id().toString(),
                    details);
            if (gated.status() == ConnectionStatus.REAUTH_REQUIRED
                    && !before.exists(old -> old.status() == ConnectionStatus.REAUTH_REQUIRED)) {
                alerts.raise(new AlertSink.Alert(Option.of(gated.tenant()), REAUTH_ALERT,
                        AlertSubject.connection(gated.id()), "connection " + gated.id() + " (" + gated.platform()
                        + ") needs a new consent: the platform did not grant " + String.join(", ", missing), now));
            } else if (gated.status() != ConnectionStatus.REAUTH_REQUIRED) {
                // A consent with every scope ends the episodes a person was asked to act on.
                alerts.resolve(gated.tenant(), REAUTH_ALERT, AlertSubject.connection(gated.id()), now);
                alerts.resolve(gated.tenant(), TokenUpkeepService.EXPIRING_ALERT, AlertSubject.connection(gated.id()),
                        now);
            }
            return gated;
        });
    }

    private Option<Connection> existing(OAuthGrant grant, String account) {
        return Option.ofOptional(store.page(grant.tenant(), Option.none(), SCAN).stream()
                .filter(known -> known.platform() == grant.platform() && known.externalAccountId().equals(account))
                .findFirst());
    }

    private static String shortName(ConnectorDefinition definition, PlatformAccount account) {
        String name = (definition.displayName() + " " + (account.name().isBlank() ? account.id() : account.name()))
                .replaceAll("\\p{Cntrl}", " ").strip();
        return name.codePointCount(0, name.length()) <= 200 ? name
                : name.substring(0, name.offsetByCodePoints(0, 200));
    }
}
