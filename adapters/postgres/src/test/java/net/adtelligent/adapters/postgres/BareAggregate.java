package net.adtelligent.adapters.postgres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A benchmark's baseline: the sums a snapshot is made of, as one plain SQL aggregate in the
 * tenant's transaction as the application role (row-level security applies, as to the stores),
 * with every value read into Java, and nothing else: no currency conversion, no other fact
 * tables, no freshness, no JSON, no insert. What a snapshot costs beyond it is the service's own work.
 * A test fixture (this module's test-jar) because the service never runs it: adtelligent-bench does.
 */
public final class BareAggregate {

    private static final String SUMS = """
            select date_day, platform, currency_code, sum(spend) as spend, sum(impressions) as impressions,
                   sum(clicks) as clicks, sum(conversions) as conversions, sum(conversions_value) as conversions_value
            from ad_performance_daily
            where tenant_id = :tenant_id and date_day between :first and :last
            group by 1, 2, 3
            """;

    private final Transactions transactions;

    private BareAggregate(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** On {@code database}'s service pool, so as the application role. */
    public static BareAggregate on(PostgresDatabase database) {
        return new BareAggregate(database.transactions());
    }

    /** What came back: the groups (day, platform, currency) and, as a check, the impressions summed. */
    public record Sums(int groups, long impressions) {
    }

    // Each group read into an object, as the warehouse reads its rows: the baseline pays for the wire too.
    private record Group(LocalDate day, String platform, String currency, BigDecimal spend, long impressions, long clicks,
                         BigDecimal conversions, BigDecimal conversionsValue) {
    }

    public Sums between(TenantId tenant, LocalDate first, LocalDate last) {
        List<Group> groups = transactions.inTenant(tenant, handle -> handle.createQuery(SUMS)
                .bind("tenant_id", tenant.value())
                .bind("first", first)
                .bind("last", last)
                .map((row, context) -> new Group(row.getObject("date_day", LocalDate.class), row.getString("platform"),
                        row.getString("currency_code"), row.getBigDecimal("spend"), row.getLong("impressions"),
                        row.getLong("clicks"), row.getBigDecimal("conversions"), row.getBigDecimal("conversions_value")))
                .list());
        return new Sums(groups.size(), groups.stream().mapToLong(Group::impressions).sum());
    }
}
