package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.alert.AlertEpisode;
import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.domain.alert.AlertState;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Alert episodes as rows (V11, V22): a tenant's in alerts, in its tenant's transaction,
 * row-level-secured like every tenant-scoped table; those of no tenant in system_alerts, a
 * directory table, like the audit log's account events. One table with a nullable tenant would
 * need policies of its own for the rows of nobody.
 *
 * <p>A raise first takes a transaction-level advisory lock on its tenant, kind and subject, then
 * reads the newest episode of them and does what {@link AlertPolicy} says: so raises of one rule
 * and subject run one after another, and the partial unique index of V22 (one ongoing episode)
 * holds without anyone failing on it. A resolve takes the same lock.
 */
final class PostgresAlertStore implements AlertStore {

    private static final String COLUMNS = "id, kind, subject, message, state, raised_at, last_raised_at,"
            + " acknowledged_by, acknowledged_at, resolved_at, mail_sent_at";

    private final Transactions transactions;
    private final AlertPolicy policy;

    PostgresAlertStore(Transactions transactions, AlertPolicy policy) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Raised raise(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        Table table = Table.of(alert.tenant());
        return table.run(transactions, handle -> {
            lock(handle, alert.tenant(), alert.kind(), alert.subject());
            AlertPolicy.Decision decision = policy.onRaise(newest(handle, table, alert.kind(), alert.subject()),
                    alert.message(), alert.at());
            if (decision instanceof AlertPolicy.Decision.Keep keep) {
                write(handle, table, keep.episode());
                return Raised.KEPT;
            }
            if (decision instanceof AlertPolicy.Decision.Reopen reopen) {
                write(handle, table, reopen.episode());
                return Raised.REOPENED;
            }
            table.bindTenant(handle.createUpdate("insert into " + table.name + " (" + table.tenantColumn
                            + "kind, subject, message, state, raised_at, last_raised_at) values (" + table.tenantValue
                            + ":kind, :subject, :message, 'open', :at, :at)"))
                    .bind("kind", alert.kind())
                    .bind("subject", alert.subject().value())
                    .bind("message", alert.message())
                    .bind("at", Timestamps.utc(alert.at()))
                    .execute();
            return Raised.OPENED;
        });
    }

    @Override
    public boolean resolve(TenantId tenant, String kind, AlertSubject subject, Instant at) {
        return resolve(Option.of(tenant), kind, subject, at);
    }

    @Override
    public boolean resolveSystem(String kind, AlertSubject subject, Instant at) {
        return resolve(Option.none(), kind, subject, at);
    }

    private boolean resolve(Option<TenantId> tenant, String kind, AlertSubject subject, Instant at) {
        Table table = Table.of(tenant);
        return table.run(transactions, handle -> {
            lock(handle, tenant, kind, subject);
            Option<AlertEpisode> ended = newest(handle, table, kind, subject).flatMap(episode -> episode.resolved(at));
            ended.forEach(episode -> write(handle, table, episode));
            return ended.isDefined();
        });
    }

    @Override
    public List<AlertEpisode> page(TenantId tenant, Option<AlertState> state, Option<Long> beforeId, int limit) {
        return transactions.inTenant(tenant, handle -> {
            Query query = handle.createQuery("select " + COLUMNS + ", tenant_id from alerts where tenant_id = :tenant_id"
                            + (state.isDefined() ? " and state = :state" : "")
                            + (beforeId.isDefined() ? " and id < :before" : "")
                            + " order by id desc limit :limit")
                    .bind("tenant_id", tenant.value())
                    .bind("limit", limit);
            state.forEach(wanted -> query.bind("state", wanted.wireName()));
            beforeId.forEach(before -> query.bind("before", before.longValue()));
            return query.map((row, context) -> episode(row)).list();
        });
    }

    @Override
    public Option<AlertEpisode> lockById(TenantId tenant, long id) {
        return transactions.inTenant(tenant, handle -> Option.ofOptional(handle.createQuery("select " + COLUMNS
                        + ", tenant_id from alerts where tenant_id = :tenant_id and id = :id for update")
                .bind("tenant_id", tenant.value())
                .bind("id", id)
                .map((row, context) -> episode(row))
                .findOne()));
    }

    @Override
    public void replace(AlertEpisode episode) {
        Table table = Table.of(episode.tenant());
        int changed = table.run(transactions, handle -> write(handle, table, episode));
        if (changed != 1) {
            throw new IllegalStateException("no alert " + episode.id() + " of this tenant to replace");
        }
    }

    @Override
    public List<AlertEpisode> mailDue(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("select " + COLUMNS
                        + ", tenant_id from alerts where tenant_id = :tenant_id and state <> 'resolved'"
                        + " and mail_sent_at is null order by id for update")
                .bind("tenant_id", tenant.value())
                .map((row, context) -> episode(row))
                .list());
    }

    private static void lock(Handle handle, Option<TenantId> tenant, String kind, AlertSubject subject) {
        handle.createQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", "alerts:" + tenant.map(TenantId::toString).getOrElse("system") + ":" + kind + ":"
                        + subject.value())
                .mapTo(Integer.class)
                .one();
    }

    private static Option<AlertEpisode> newest(Handle handle, Table table, String kind, AlertSubject subject) {
        return Option.ofOptional(table.bindTenant(handle.createQuery("select " + COLUMNS + ", " + table.tenantSelect
                        + " from " + table.name + " where " + table.tenantFilter + "kind = :kind and subject = :subject"
                        + " order by id desc limit 1"))
                .bind("kind", kind)
                .bind("subject", subject.value())
                .map((row, context) -> episode(row))
                .findOne());
    }

    private static int write(Handle handle, Table table, AlertEpisode episode) {
        return table.bindTenant(handle.createUpdate("update " + table.name + " set message = :message, state = :state,"
                        + " last_raised_at = :last_raised_at, acknowledged_by = :acknowledged_by,"
                        + " acknowledged_at = :acknowledged_at, resolved_at = :resolved_at, mail_sent_at = :mail_sent_at"
                        + " where " + table.tenantFilter + "id = :id"))
                .bind("id", episode.id())
                .bind("message", episode.message())
                .bind("state", episode.state().wireName())
                .bind("last_raised_at", Timestamps.utc(episode.lastRaisedAt()))
                .bind("acknowledged_by", episode.acknowledgedBy().map(UserId::value).getOrNull())
                .bind("acknowledged_at", Timestamps.utcOrNull(episode.acknowledgedAt()))
                .bind("resolved_at", Timestamps.utcOrNull(episode.resolvedAt()))
                .bind("mail_sent_at", Timestamps.utcOrNull(episode.mailSentAt()))
                .execute();
    }

    private static AlertEpisode episode(ResultSet row) throws SQLException {
        return new AlertEpisode(row.getLong("id"),
                Option.of(row.getObject("tenant_id", UUID.class)).map(TenantId::new),
                row.getString("kind"),
                new AlertSubject(row.getString("subject")),
                row.getString("message"),
                AlertState.fromWire(row.getString("state")).getOrElseThrow(() ->
                        new IllegalStateException("unknown alert state in the database")),
                Timestamps.instant(row, "raised_at"),
                Timestamps.instant(row, "last_raised_at"),
                Option.of(row.getObject("acknowledged_by", UUID.class)).map(UserId::new),
                Timestamps.optionalInstant(row, "acknowledged_at"),
                Timestamps.optionalInstant(row, "resolved_at"),
                Timestamps.optionalInstant(row, "mail_sent_at"));
    }

    /** The table of a tenant's alerts or of the system's, and how its statements name the tenant. */
    private record Table(Option<TenantId> tenant, String name, String tenantColumn, String tenantValue,
                         String tenantFilter, String tenantSelect) {

        static Table of(Option<TenantId> tenant) {
            return tenant.isDefined()
                    ? new Table(tenant, "alerts", "tenant_id, ", ":tenant_id, ", "tenant_id = :tenant_id and ", "tenant_id")
                    : new Table(tenant, "system_alerts", "", "", "", "null::uuid as tenant_id");
        }

        <S extends SqlStatement<S>> S bindTenant(S statement) {
            return tenant.isDefined() ? statement.bind("tenant_id", tenant.get().value()) : statement;
        }

        <R> R run(Transactions transactions, org.jdbi.v3.core.HandleCallback<R, RuntimeException> work) {
            return tenant.isDefined() ? transactions.inTenant(tenant.get(), work) : transactions.inDirectory(work);
        }
    }
}
