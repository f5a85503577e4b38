package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.PlainCredentials;
import net.adtelligent.domain.connection.TokenState;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.TokenUpkeep;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.OAuthPlatforms;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.out.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tenant by tenant, the active connections whose token ends within {@link TokenState#WARNING}: renewed
 * where the platform allows (the call outside any unit; each connection's change in a unit of its
 * own), else warned about once per token end. A platform that is down leaves the connection as it
 * is for the next run; a refusal as invalid moves it to reauth_required, alerting on that transition.
 */
final class TokenUpkeepService implements TokenUpkeep {

    static final String EXPIRING_ALERT = "token_expiring";
    private static final Logger LOG = LoggerFactory.getLogger(TokenUpkeepService.class);
    private static final Actor SYSTEM = Actor.system("token upkeep");
    private static final int PAGE = 500;

    private final TenantStore tenants;
    private final ConnectionStore store;
    private final OAuthPlatforms platforms;
    private final SecretVault vault;
    private final CredentialPrints prints;
    private final TokenAlerts ledger;
    private final AlertSink alerts;
    private final UnitOfWork units;
    private final AuditTrail trail;
    private final Clock clock;

    TokenUpkeepService(TenantStore tenants, ConnectionStore store, OAuthPlatforms platforms, SecretVault vault,
                       CredentialPrints prints, TokenAlerts ledger, AlertSink alerts, UnitOfWork units,
                       AuditTrail trail, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.platforms = platforms;
        this.vault = vault;
        this.prints = prints;
        this.ledger = ledger;
        this.alerts = alerts;
        this.units = units;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Report run() {
        int[] counts = new int[4];
        Option<Slug> after = Option.none();
        List<Tenant> page;
        do {
            page = tenants.listAfter(after, PAGE);
            for (Tenant tenant : page) {
                due(tenant).forEach(connection -> keep(connection, counts));
            }
            after = page.isEmpty() ? after : Option.of(page.get(page.size() - 1).slug());
        } while (page.size() == PAGE);
        return new Report(counts[0], counts[1], counts[2], counts[3]);
    }

    private List<Connection> due(Tenant tenant) {
        Instant now = clock.instant();
        List<Connection> due = new ArrayList<>();
        Option<ConnectionStore.Position> after = Option.none();
        List<Connection> page;
        do {
            page = store.page(tenant.id(), after, PAGE);
            page.stream().filter(c -> c.status() == ConnectionStatus.ACTIVE && c.credentials().isDefined()
                    && c.tokenState(now).exists(state -> state != TokenState.OK)).forEach(due::add);
            after = page.isEmpty() ? after
                    : Option.of(new ConnectionStore.Position(page.get(page.size() - 1).createdAt(),
                    page.get(page.size() - 1).id()));
        } while (page.size() == PAGE);
        return due;
    }

    private void keep(Connection connection, int[] counts) {
        try {
            if (platforms.refreshes(connection.platform())
                    && platforms.missingSettings(connection.platform()).isEmpty()) {
                renew(connection, counts);
            } else if (connection.tokenState(clock.instant()).contains(TokenState.EXPIRING)) {
                warn(connection, counts);
            }
        } catch (OutsidePartUnavailableException down) {
            counts[3]++;
            LOG.warn("renewing the token of connection {} failed, tried again next run: {}", connection.id(),
                    down.getMessage());
        }
    }

    private void renew(Connection connection, int[] counts) {
        Option<Map<String, String>> fields = connection.credentials().flatMap(sealed -> vault
                .open(connection.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, sealed).toOption()
                .map(plain -> {
                    try {
                        return PlainCredentials.fieldsOf(plain);
                    } finally {
                        Arrays.fill(plain, (byte) 0);
                    }
                }));
        if (fields.isEmpty()) {
            counts[3]++;
            return;
        }
        Either<OAuthPlatforms.Refusal, OAuthPlatforms.Tokens> answer = platforms.refresh(connection.platform(),
                fields.get());
        if (answer.isLeft()) {
            if (answer.getLeft().invalid()) {
                reauth(connection, answer.getLeft(), counts);
            } else {
                counts[3]++;
                LOG.warn("renewing the token of connection {} was refused for now: {}", connection.id(),
                        answer.getLeft().error());
            }
            return;
        }
        var checked = ConnectionDraft.checkCredentials(connection.platform(), answer.get().credentials(), Option.none());
        if (checked.isInvalid()) {
            counts[3]++;
            LOG.warn("the renewed token of connection {} is not in its connector's form: {}", connection.id(),
                    checked.getError().stream().map(v -> v.field()).toList());
            return;
        }
        byte[] json = checked.get().plain().toJson();
        SealedSecret sealed;
        try {
            sealed = vault.seal(connection.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, json);
        } finally {
            Arrays.fill(json, (byte) 0);
        }
        Map<String, String> fingerprints = prints.of(checked.get().plain().fields());
        Instant now = now();
        units.decide(() -> store.byId(connection.tenant(), connection.id())
                .filter(current -> current.status() == ConnectionStatus.ACTIVE)
                .toEither("changed meanwhile")
                .flatMap(current -> current.renewCredentials(sealed, fingerprints, answer.get().expiresAt(), now)
                        .mapLeft(Object::toString))
                .peek(renewed -> {
                    store.replace(renewed);
                    trail.tenant(SYSTEM, renewed.tenant(), AuditAction.CONNECTION_TOKEN_RENEWED, "connection",
                            renewed.id().toString(), Map.of("token_expires_at",
                                    renewed.tokenExpiresAt().map(Instant::toString).getOrElse("")));
                    counts[0]++;
                }));
    }

    private void reauth(Connection connection, OAuthPlatforms.Refusal refusal, int[] counts) {
        if (requireReauth(connection.tenant(), connection.id(), "renewing its token was refused (" + refusal.error() + ")")) {
            counts[1]++;
        }
    }

    @Override
    public boolean requireReauth(TenantId tenant, ConnectionId id, String reason) {
        Instant now = now();
        return units.decide(() -> store.byId(tenant, id)
                .filter(current -> current.status() == ConnectionStatus.ACTIVE || current.status() == ConnectionStatus.ERROR)
                .toEither("not active")
                .map(current -> {
                    Connection moved = current.requireReauth(now);
                    store.replace(moved);
                    trail.tenant(SYSTEM, moved.tenant(), AuditAction.CONNECTION_REAUTH_REQUIRED, "connection",
                            moved.id().toString(), Map.of("reason", reason));
                    alerts.raise(new AlertSink.Alert(Option.of(moved.tenant()), ConsentedConnections.REAUTH_ALERT,
                            AlertSubject.connection(moved.id()), "connection " + moved.id() + " (" + moved.platform() + ") needs a new consent: " + reason, now));
                    return true;
                })).getOrElse(false);
    }

    private void warn(Connection connection, int[] counts) {
        Instant end = connection.tokenExpiresAt().get();
        units.inTenant(connection.tenant(), () -> {
            if (ledger.firstOf(connection.tenant(), connection.id(), EXPIRING_ALERT, end)) {
                alerts.raise(new AlertSink.Alert(Option.of(connection.tenant()), EXPIRING_ALERT,
                        AlertSubject.connection(connection.id()), "connection "
                        + connection.id() + " (" + connection.platform() + ") has a token that ends at " + end
                        + " and cannot be renewed: consent again before then", now()));
                counts[2]++;
            }
            return null;
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
