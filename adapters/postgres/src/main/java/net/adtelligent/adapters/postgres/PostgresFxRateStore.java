package net.adtelligent.adapters.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.ports.out.FxRateStore;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Exchange rates in fx_rates: a directory table (market data belongs to no tenant, V8__fx_rates.sql). */
final class PostgresFxRateStore implements FxRateStore {

    private static final String UPSERT = """
            insert into fx_rates (date_day, base_currency, quote_currency, rate, source)
            values (:date_day, :base_currency, :quote_currency, :rate, :source)
            on conflict (date_day, base_currency, quote_currency)
            do update set rate = excluded.rate, source = excluded.source
            """;
    // Codes are A-Z only, but "C" keeps the order Java's string order whatever the server's locale.
    private static final String BETWEEN = """
            select date_day, base_currency, quote_currency, rate, source from fx_rates
            where date_day between :first and :last
            order by date_day, base_currency collate "C", quote_currency collate "C"
            """;

    /** Rates per JDBC batch: few round trips, bounded driver buffers. */
    private static final int CHUNK_SIZE = 1_000;

    private record Key(LocalDate date, Currency base, Currency quote) {
    }

    private final Transactions transactions;

    PostgresFxRateStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The last rate of a day and pair in the batch wins, as it would arriving in a later batch. */
    @Override
    public void upsert(List<FxRate> rates) {
        Map<Key, FxRate> latest = new LinkedHashMap<>();
        rates.forEach(rate -> latest.put(new Key(rate.date(), rate.base(), rate.quote()), rate));
        List<FxRate> rows = new ArrayList<>(latest.values());
        if (rows.isEmpty()) {
            return;
        }
        transactions.inDirectory(handle -> {
            for (int start = 0; start < rows.size(); start += CHUNK_SIZE) {
                PreparedBatch batch = handle.prepareBatch(UPSERT);
                for (FxRate rate : rows.subList(start, Math.min(start + CHUNK_SIZE, rows.size()))) {
                    batch.bind("date_day", rate.date())
                            .bind("base_currency", rate.base().getCurrencyCode())
                            .bind("quote_currency", rate.quote().getCurrencyCode())
                            .bind("rate", rate.rate())
                            .bind("source", rate.source())
                            .add();
                }
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public List<FxRate> between(DateRange days) {
        return transactions.inDirectory(handle -> handle.createQuery(BETWEEN)
                .bind("first", days.first())
                .bind("last", days.last())
                .map(PostgresFxRateStore::rate)
                .list());
    }

    private static FxRate rate(ResultSet row, StatementContext context) throws SQLException {
        return new FxRate(row.getObject("date_day", LocalDate.class),
                Currency.getInstance(row.getString("base_currency")),
                Currency.getInstance(row.getString("quote_currency")),
                row.getBigDecimal("rate"), row.getString("source"));
    }
}
