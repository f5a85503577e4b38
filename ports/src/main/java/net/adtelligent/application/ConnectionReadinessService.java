package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.connection.TokenState;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.system.ConnectionReadiness;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.TenantStore;

/**
 * Reads the tenant's connections page by page and checks each: it changes nothing, so it needs no
 * unit of work. A key service that is down ends the check with its own exception: a connection is
 * not reported broken because the key service did not answer.
 */
final class ConnectionReadinessService implements ConnectionReadiness {

    private static final int PAGE = 200;

    private final TenantStore tenants;
    private final ConnectionStore connections;
    private final SecretVault vault;
    private final Clock clock;

    ConnectionReadinessService(TenantStore tenants, ConnectionStore connections, SecretVault vault, Clock clock) {
        this.tenants = tenants;
        this.connections = connections;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, List<Check>> check(Slug slug, Set<String> streamsWithContracts) {
        return tenants.bySlug(slug).<Rejection>toEither(() -> new TenantRejection.NotFound(slug.value()))
                .map(tenant -> {
                    Instant now = clock.instant();
                    List<Check> checks = new ArrayList<>();
                    for (Connection connection : all(tenant.id())) {
                        if (connection.status() != ConnectionStatus.PAUSED) {
                            checks.add(credentials(connection));
                            checks.add(token(connection, now));
                            checks.add(contracts(connection, streamsWithContracts));
                        }
                    }
                    return checks;
                });
    }

    /** The connections that are not deleted; a paused one is left out by the caller, as it is off on purpose. */
    private List<Connection> all(TenantId tenant) {
        List<Connection> all = new ArrayList<>();
        Option<ConnectionStore.Position> after = Option.none();
        List<Connection> page;
        do {
            page = connections.page(tenant, after, PAGE);
            all.addAll(page);
            if (!page.isEmpty()) {
                Connection last = page.get(page.size() - 1);
                after = Option.of(new ConnectionStore.Position(last.createdAt(), last.id()));
            }
        } while (page.size() == PAGE);
        return all;
    }

    private Check credentials(Connection connection) {
        ConnectorDefinition connector = ConnectorCatalog.of(connection.platform());
        if (connection.credentials().isEmpty()) {
            return connector.takesCredentials()
                    ? check(connection, Kind.CREDENTIALS, false, "none stored: the connector needs "
                    + String.join(", ", connector.credentialFieldNames()))
                    : check(connection, Kind.CREDENTIALS, true, "none needed");
        }
        return vault.open(connection.tenant(), SecretPurpose.CONNECTION_CREDENTIALS, connection.credentials().get())
                .fold(failure -> check(connection, Kind.CREDENTIALS, false, "sealed, but they do not open ("
                                + failure.name().toLowerCase(java.util.Locale.ROOT) + "): give them again"),
                        plain -> {
                            Arrays.fill(plain, (byte) 0);
                            return check(connection, Kind.CREDENTIALS, true, "sealed, and they open");
                        });
    }

    private static Check token(Connection connection, Instant now) {
        Option<TokenState> state = connection.tokenState(now);
        if (state.isEmpty()) {
            return check(connection, Kind.TOKEN, true, "no known end");
        }
        Instant end = connection.tokenExpiresAt().get();
        return switch (state.get()) {
            case OK -> check(connection, Kind.TOKEN, true, "ends " + end);
            case EXPIRING -> check(connection, Kind.TOKEN, true, "ends " + end + ", within "
                    + TokenState.WARNING.toDays() + " days: renew it soon");
            case EXPIRED -> check(connection, Kind.TOKEN, false, "ended " + end + ": give new credentials");
        };
    }

    private static Check contracts(Connection connection, Set<String> streamsWithContracts) {
        List<String> streams = ConnectorCatalog.of(connection.platform()).streams();
        List<String> missing = streams.stream().filter(stream -> !streamsWithContracts.contains(stream)).toList();
        if (streams.isEmpty()) {
            return check(connection, Kind.CONTRACTS, false, "the connector feeds no stream");
        }
        return missing.isEmpty()
                ? check(connection, Kind.CONTRACTS, true, String.join(", ", streams))
                : check(connection, Kind.CONTRACTS, false, "no data contract for " + String.join(", ", missing));
    }

    private static Check check(Connection connection, Kind kind, boolean passed, String detail) {
        return new Check(connection.id(), connection.platform(), connection.name(), kind, passed, detail);
    }
}
