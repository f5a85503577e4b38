package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.ReconcileAirbyte;
import net.adtelligent.ports.out.AirbyteProvisioning;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteConnection;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.TenantStore;

/**
 * Reconcile, tenant by tenant, connection by connection, with the same convergence the request path
 * uses; each repair is stored (and audited) in its own unit, so one failure does not undo another.
 * Then the workspace's connections named as ours that no connection of ours claims are reported.
 */
final class AirbyteReconcileService implements ReconcileAirbyte {

    private static final Actor OPERATOR = Actor.system("adtelligent airbyte reconcile");
    private static final int TENANT_PAGE = 200;

    private final TenantStore tenants;
    private final ConnectionStore connections;
    private final AirbyteProvisioning airbyte;
    private final AirbyteProvisioner provisioner;
    private final AfterCommitProvisioning recorder;
    private final Clock clock;

    AirbyteReconcileService(TenantStore tenants, ConnectionStore connections, AirbyteProvisioning airbyte,
                            AirbyteProvisioner provisioner, AfterCommitProvisioning recorder, Clock clock) {
        this.tenants = tenants;
        this.connections = connections;
        this.airbyte = airbyte;
        this.provisioner = provisioner;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return airbyte != null;
    }

    @Override
    public Either<Rejection, List<Row>> reconcile(Option<String> tenant, boolean dryRun, boolean deleteUnknown) {
        if (!configured()) {
            throw new IllegalStateException("Airbyte not configured");
        }
        Either<Rejection, List<Tenant>> chosen = tenant.isDefined()
                ? Slug.parse("tenant", tenant.get()).toOption().flatMap(tenants::bySlug).map(List::of)
                .<Rejection>toEither(() -> new TenantRejection.NotFound(tenant.get()))
                : Either.right(allTenants());
        return chosen.map(list -> {
            List<Row> rows = new ArrayList<>();
            Set<ConnectionId> known = new HashSet<>();
            Set<String> namespaces = new HashSet<>();
            for (Tenant each : list) {
                namespaces.add(AirbyteNaming.namespace(each.id()));
                for (Connection connection : connections.everyOf(each.id())) {
                    known.add(connection.id());
                    rows.add(dryRun ? reconcile(each, connection, true)
                            : recorder.exclusively(connection, current -> reconcile(each, current, false)));
                }
            }
            rows.addAll(unknown(known, tenant.isDefined() ? Option.of(namespaces) : Option.none(), dryRun,
                    deleteUnknown));
            return rows;
        });
    }

    private Row reconcile(Tenant tenant, Connection connection, boolean dryRun) {
        String slug = tenant.slug().value();
        if (!connection.isDeleted() && !SourceConfigurations.synced(connection)) {
            return new Row(slug, connection.id().toString(), connection.status().wireName(), List.of(),
                    Outcome.SKIPPED, connection.credentials().isEmpty() ? "no credentials given" : "not synced through Airbyte");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AirbyteProvisioner.Outcome outcome = provisioner.converge(connection, false, dryRun, now);
        if (!dryRun && outcome.changed()) {
            recorder.record(OPERATOR, connection, outcome, now);
        }
        Outcome result = outcome.failure().isDefined() ? Outcome.FAILED
                : dryRun ? (outcome.actions().isEmpty() ? Outcome.IN_SYNC : Outcome.DRIFT)
                : outcome.changed() ? Outcome.REPAIRED : Outcome.IN_SYNC;
        String detail = outcome.failure().getOrElse(() -> connection.provisioningError()
                .map(error -> dryRun ? "last failure: " + error : "failure repaired").getOrElse(""));
        return new Row(slug, connection.id().toString(), connection.status().wireName(), outcome.actions(), result,
                detail);
    }

    private List<Row> unknown(Set<ConnectionId> known, Option<Set<String>> namespaces, boolean dryRun,
                              boolean delete) {
        List<Row> rows = new ArrayList<>();
        for (AirbyteConnection found : airbyte.connections()) {
            Option<ConnectionId> claimed = AirbyteNaming.connectionOf(found.name());
            boolean ours = claimed.isDefined()
                    || found.namespace().filter(ns -> ns.startsWith(AirbyteNaming.NAMESPACE_PREFIX)).isPresent();
            if (!ours || claimed.exists(known::contains)) {
                continue;
            }
            if (namespaces.isDefined() && !found.namespace().filter(namespaces.get()::contains).isPresent()) {
                continue;
            }
            boolean deleting = delete && !dryRun;
            if (deleting) {
                airbyte.deleteConnection(found.connectionId());
                airbyte.deleteSource(found.sourceId());
            }
            rows.add(new Row("", found.connectionId(), "unknown", delete ? List.of("delete connection", "delete source")
                    : List.of(), deleting ? Outcome.REPAIRED : Outcome.DRIFT,
                    "Airbyte connection '" + found.name() + "' is named as ours but no connection knows it"
                            + (delete ? "" : " (--delete-unknown deletes it)")));
        }
        return rows;
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
