package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditPosition;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The audit log: a tenant's events in audit_events (in its tenant's transaction), account events
 * in account_events. Both tables refuse every change but an insert (V6__audit.sql).
 *
 * <p>Details go in and out as two parallel arrays of keys and values, which PostgreSQL turns into
 * a jsonb object and back (jsonb_object, jsonb_each_text): it does the quoting and escaping, so
 * no JSON is written by hand and none needs a library.
 */
final class PostgresAuditLog implements AuditLog {

    private static final String FIELDS =
            "id, actor, action, target_type, target_id, client_address, user_agent, correlation_id, at, details";
    private static final String VALUES = """
            :id, :actor, :action, :target_type, :target_id, :client_address, :user_agent, :correlation_id, :at,
            jsonb_object(cast(:detail_keys as text[]), cast(:detail_values as text[]))""";
    private static final String COLUMNS = """
            id, tenant_id, actor, action, target_type, target_id, client_address, user_agent, correlation_id, at,
            array(select key from jsonb_each_text(details) order by key) as detail_keys,
            array(select value from jsonb_each_text(details) order by key) as detail_values""";

    private final Transactions transactions;

    PostgresAuditLog(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void record(AuditEvent event) {
        if (event.tenantId().isDefined()) {
            transactions.inTenant(event.tenantId().get(), handle -> insert(handle.createUpdate(
                    "insert into audit_events (tenant_id, " + FIELDS + ") values (:tenant_id, " + VALUES + ")"), event)
                    .bind("tenant_id", event.tenantId().get().value())
                    .execute());
        } else {
            transactions.inDirectory(handle -> insert(handle.createUpdate(
                    "insert into account_events (" + FIELDS + ") values (" + VALUES + ")"), event)
                    .execute());
        }
    }

    private static Update insert(Update insert, AuditEvent event) {
        List<String> keys = new ArrayList<>(event.details().keySet());
        return insert
                .bind("id", event.id())
                .bindByType("actor", event.actor().map(UserId::value).getOrNull(), UUID.class)
                .bind("action", event.action())
                .bind("target_type", event.targetType())
                .bind("target_id", event.targetId())
                .bind("client_address", event.client().address())
                .bind("user_agent", event.client().userAgent())
                .bind("correlation_id", event.client().correlationId())
                .bind("at", utc(event.at()))
                .bind("detail_keys", keys.toArray(String[]::new))
                .bind("detail_values", keys.stream().map(event.details()::get).toArray(String[]::new));
    }

    /** Keyset paging on the index (tenant_id, at desc, id desc); only the filters given become conditions. */
    @Override
    public List<AuditEvent> search(TenantId tenant, AuditFilter filter, Option<AuditPosition> after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("tenant_id = :tenant_id"));
        filter.actor().forEach(actor -> conditions.add("actor = :actor"));
        filter.action().forEach(action -> conditions.add("action = :action"));
        filter.targetType().forEach(type -> conditions.add("target_type = :target_type"));
        filter.targetId().forEach(id -> conditions.add("target_id = :target_id"));
        filter.from().forEach(from -> conditions.add("at >= :from"));
        filter.to().forEach(to -> conditions.add("at < :to"));
        after.forEach(position -> conditions.add("(at, id) < (:after_at, :after_id)"));
        String sql = "select " + COLUMNS + " from audit_events where " + String.join(" and ", conditions)
                + " order by at desc, id desc limit :limit";
        return transactions.inTenant(tenant, handle -> {
            Query query = handle.createQuery(sql).bind("tenant_id", tenant.value()).bind("limit", limit);
            filter.actor().forEach(actor -> query.bind("actor", actor.value()));
            filter.action().forEach(action -> query.bind("action", action));
            filter.targetType().forEach(type -> query.bind("target_type", type));
            filter.targetId().forEach(id -> query.bind("target_id", id));
            filter.from().forEach(from -> query.bind("from", utc(from)));
            filter.to().forEach(to -> query.bind("to", utc(to)));
            after.forEach(position -> query.bind("after_at", utc(position.at())).bind("after_id", position.id()));
            return query.map(PostgresAuditLog::event).list();
        });
    }

    private static AuditEvent event(ResultSet row, StatementContext context) throws SQLException {
        String[] keys = (String[]) row.getArray("detail_keys").getArray();
        String[] values = (String[]) row.getArray("detail_values").getArray();
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            details.put(keys[i], values[i]);
        }
        return new AuditEvent(
                row.getObject("id", UUID.class),
                Option.of(new TenantId(row.getObject("tenant_id", UUID.class))),
                Option.of(row.getObject("actor", UUID.class)).map(UserId::new),
                row.getString("action"),
                row.getString("target_type"),
                row.getString("target_id"),
                new ClientInfo(row.getString("client_address"), row.getString("user_agent"),
                        row.getString("correlation_id")),
                instant(row, "at"),
                details);
    }
}
