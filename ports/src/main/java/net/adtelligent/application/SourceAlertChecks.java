package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.alert.AlertVerdict;
import net.adtelligent.domain.alert.StaleAfter;
import net.adtelligent.domain.alert.SyncAlertRules;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.AlertChecks;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * The scheduled alert work: the staleness rule over every active tenant's connections, one unit of
 * work per tenant, then the mails that are due. Only connections that sync (active, scheduled, and
 * either linked to Airbyte or with runs recorded) can be stale; a paused, failing-credential or
 * deleted one has its sync alerts resolved, as nobody expects it to sync.
 */
final class SourceAlertChecks implements AlertChecks {

    private static final int PAGE = 200;

    private final ConnectionStore connections;
    private final SyncRunStore runs;
    private final AlertVerdicts verdicts;
    private final AlertMailing mailing;
    private final SyncAlertRules rules;
    private final Supplier<List<TenantId>> activeTenants;
    private final UnitOfWork units;
    private final Clock clock;
    private final DbtWatch dbt;

    SourceAlertChecks(ConnectionStore connections, SyncRunStore runs, AlertVerdicts verdicts, AlertMailing mailing,
                      SyncAlertRules rules, Supplier<List<TenantId>> activeTenants, UnitOfWork units, Clock clock,
                      DbtWatch dbt) {
        this.dbt = dbt;
        this.connections = connections;
        this.runs = runs;
        this.verdicts = verdicts;
        this.mailing = mailing;
        this.rules = rules;
        this.activeTenants = activeTenants;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int checkSources() {
        int opened = 0;
        for (TenantId tenant : activeTenants.get()) {
            opened += units.inTenant(tenant, () -> checkTenant(tenant));
        }
        return opened;
    }

    @Override
    public int checkDbt() {
        return dbt.check();
    }

    @Override
    public int sendMails() {
        return activeTenants.get().stream().mapToInt(mailing::sendDue).sum();
    }

    private int checkTenant(TenantId tenant) {
        Instant now = clock.instant();
        int opened = 0;
        Option<ConnectionStore.Position> after = Option.none();
        List<Connection> page;
        do {
            page = connections.page(tenant, after, PAGE);
            for (Connection connection : page) {
                opened += check(connection, now) ? 1 : 0;
            }
            after = page.isEmpty() ? after
                    : Option.of(new ConnectionStore.Position(page.get(page.size() - 1).createdAt(),
                            page.get(page.size() - 1).id()));
        } while (page.size() == PAGE);
        for (ConnectionId deleted : connections.deleted(tenant)) {
            resolveAll(tenant, deleted, now);
        }
        return opened;
    }

    private boolean check(Connection connection, Instant now) {
        if (connection.status() != ConnectionStatus.ACTIVE || connection.schedule().isEmpty()) {
            resolveAll(connection.tenant(), connection.id(), now);
            return false;
        }
        var newest = runs.recent(connection.tenant(), connection.id(), rules.runsNeeded());
        if (connection.airbyteConnectionId().isEmpty() && newest.isEmpty()) {
            return false; // not synced through Airbyte (yet): nothing is expected of it
        }
        Duration allowed = StaleAfter.of(connection.schedule().get(),
                ConnectorCatalog.of(connection.platform()).reportingLatency());
        return verdicts.apply(connection.tenant(),
                rules.staleness(connection.id(), newest, connection.createdAt(), allowed, now), now);
    }

    private void resolveAll(TenantId tenant, ConnectionId connection, Instant now) {
        for (String kind : SyncAlertRules.KINDS) {
            verdicts.apply(tenant, new AlertVerdict.Resolve(kind, AlertSubject.connection(connection)), now);
        }
    }
}
