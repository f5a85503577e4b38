package net.adtelligent.adapters.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Restatements;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DailyFactStore;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One kind of unified fact in its table (V7__facts.sql): the bulk upsert and the streaming read
 * every kind shares. Subclasses name the columns and say how a row is written and read back.
 *
 * <p>A batch is checked and reduced to one row per key in the domain first ({@link Restatements}),
 * so the database never sees a key twice in one batch, then written by {@link FactCopy} (COPY, then
 * one statement), in one transaction of its tenant: all or nothing. A stored row is replaced only
 * by an extraction as recent or newer; the {@code where} of {@code do update} leaves it otherwise.
 */
abstract class PostgresDailyFactStore<K, F extends DailyFact<K>> implements DailyFactStore<F> {

    /** Rows fetched at a time while reading, so a long period streams instead of filling memory. */
    private static final int FETCH_SIZE = 1_000;

    private final Transactions transactions;
    private final FactCopy copy;
    private final String select;

    PostgresDailyFactStore(Transactions transactions, String table, List<String> keyColumns, List<String> valueColumns) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(valueColumns);
        this.copy = new FactCopy(table, keyColumns, valueColumns);
        // The primary key starts (tenant_id, date_day): a range scan in order of day.
        this.select = "select " + String.join(", ", columns) + " from " + table
                + " where tenant_id = :tenant_id and date_day between :first and :last order by date_day";
    }

    @Override
    public void upsert(TenantId tenant, List<F> facts) {
        List<F> rows = Restatements.latestPerKey(tenant, facts);
        if (rows.isEmpty()) {
            return;
        }
        transactions.inTenant(tenant, handle -> {
            copy.store(handle, rows, this::values);
            return null;
        });
    }

    @Override
    public void read(TenantId tenant, DateRange days, Consumer<? super F> each) {
        transactions.inTenant(tenant, handle -> {
            handle.createQuery(select)
                    .bind("tenant_id", tenant.value())
                    .bind("first", days.first())
                    .bind("last", days.last())
                    .setFetchSize(FETCH_SIZE)
                    .map(this::row)
                    .forEach(each);
            return null;
        });
    }

    /** Every column's value (the key's, then the values'), as given to the constructor; null for none. */
    abstract Object[] values(F fact);

    abstract F row(ResultSet row, StatementContext context) throws SQLException;
}
