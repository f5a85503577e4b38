package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.alert.SyncAlertRules;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.AirbyteState;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.TenantStore;

/** Counts and per-connection states of provisioning, read from the connections; Airbyte's health from its probe. */
final class AirbyteStateService implements AirbyteState {

    private static final int TENANT_PAGE = 200;
    private static final Duration PROBE_DEADLINE = Duration.ofSeconds(2);

    private static final int ALERT_PAGE = 200;
    private final TenantStore tenants;
    private final ConnectionStore connections;
    private final AccessControl access;
    private final CheckHealth health;
    private final boolean configured;
    private final AlertStore alerts;

    AirbyteStateService(TenantStore tenants, ConnectionStore connections, AccessControl access, CheckHealth health,
                        boolean configured, AlertStore alerts) {
        this.alerts = alerts;
        this.tenants = tenants;
        this.connections = connections;
        this.access = access;
        this.health = health;
        this.configured = configured;
    }

    @Override
    public Overview overview() {
        int notProvisioned = 0;
        int inError = 0;
        int[] syncs = new int[2];
        for (Tenant tenant : allTenants()) {
            countSyncAlerts(tenant, syncs);
            for (Connection connection : connections.everyOf(tenant.id())) {
                Provisioning state = state(connection);
                notProvisioned += state == Provisioning.NOT_PROVISIONED ? 1 : 0;
                inError += state == Provisioning.ERROR ? 1 : 0;
            }
        }
        if (!configured) {
            return new Overview(false, Option.none(), "Airbyte not configured", notProvisioned, inError, Option.none());
        }
        ComponentHealth airbyte = health.check(PROBE_DEADLINE).components().stream()
                .filter(component -> component.component().equals("airbyte")).findFirst()
                .orElse(new ComponentHealth("airbyte", false, "no health probe"));
        return new Overview(true, Option.of(airbyte.up()), airbyte.detail(), notProvisioned, inError,
                Option.of(new SyncHealth(syncs[0], syncs[1])));
    }

    // Stale and failing syncs are what the alert rules say they are: their ongoing episodes.
    private void countSyncAlerts(Tenant tenant, int[] syncs) {
        for (AlertState ongoing : List.of(AlertState.OPEN, AlertState.ACKNOWLEDGED)) {
            Option<Long> before = Option.none();
            while (true) {
                List<AlertEpisode> page = alerts.page(tenant.id(), Option.of(ongoing), before, ALERT_PAGE);
                for (AlertEpisode episode : page) {
                    syncs[0] += episode.kind().equals(SyncAlertRules.STALE) ? 1 : 0;
                    syncs[1] += episode.kind().equals(SyncAlertRules.FAILING) ? 1 : 0;
                }
                if (page.size() < ALERT_PAGE) {
                    break;
                }
                before = Option.of(page.get(page.size() - 1).id());
            }
        }
    }

    @Override
    public Either<Rejection, List<ConnectionState>> tenant(Actor actor, Slug tenant) {
        return access.access(actor, tenant, Permission.VIEW_METRICS).map(granted -> {
            List<ConnectionState> states = new ArrayList<>();
            for (Connection connection : connections.everyOf(granted.tenant().id())) {
                if (!connection.isDeleted()) {
                    states.add(new ConnectionState(connection.id(), connection.platform(), connection.name(),
                            connection.status(), state(connection), connection.provisioningError()));
                }
            }
            return states;
        });
    }

    private static Provisioning state(Connection connection) {
        if (connection.provisioningError().isDefined()) {
            return Provisioning.ERROR;
        }
        if (connection.isDeleted() || !SourceConfigurations.synced(connection)) {
            return Provisioning.NOT_SYNCED;
        }
        return connection.airbyteSourceId().isDefined() && connection.airbyteConnectionId().isDefined()
                ? Provisioning.PROVISIONED : Provisioning.NOT_PROVISIONED;
    }

    private List<Tenant> allTenants() {
        List<Tenant> all = new ArrayList<>();
        Option<Slug> after = Option.none();
        while (true) {
            List<Tenant> page = tenants.listAfter(after, TENANT_PAGE);
            all.addAll(page);
            if (page.size() < TENANT_PAGE) {
                return all;
            }
            after = Option.of(page.get(page.size() - 1).slug());
        }
    }
}
