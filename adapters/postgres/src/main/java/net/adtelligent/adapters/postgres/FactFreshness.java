package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.FactColumns.connection;
import static net.adtelligent.adapters.postgres.Timestamps.optionalInstant;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.tenant.TenantId;
import org.jdbi.v3.core.Handle;

/**
 * The newest extraction and day of each connection a tenant has facts from, across the three fact
 * tables, without reading the facts: freshness spans every day the tenant has, so a plain
 * aggregate would read all of them on every snapshot. Instead each table's connections are found
 * by skipping from one to the next in the index (tenant_id, connection_id, date_day), and each
 * connection's newest day and extraction are the last entries of that index and of
 * (tenant_id, connection_id, source_extracted_at) (V11). A few index probes per connection.
 *
 * <p>A connection's platform is the one its ad facts name; GA4 and Search Console facts have
 * their table's. Syncs are not tracked yet: the last successful sync is none. Over dbt's marts
 * ({@link FactsSource}) the same query runs on the unions, using whatever indexes dbt gave the marts.
 */
final class FactFreshness {

    private static final String SQL = """
            with recursive %s, %s, %s
            select connection_id, (array_agg(platform order by source))[1] as platform,
                   max(newest_extraction) as newest_extraction, max(newest_day) as newest_day
            from (%s union all %s union all %s) as per_table
            group by connection_id
            """;

    private FactFreshness() {
    }

    /** The query over {@code source}'s three relations. */
    static String sql(FactsSource source) {
        String ad = source.relation(FactsSource.Table.AD_PERFORMANCE);
        String web = source.relation(FactsSource.Table.WEB_ANALYTICS);
        String search = source.relation(FactsSource.Table.SEARCH_CONSOLE);
        return SQL.formatted(
                connections("ad_connections", ad),
                connections("web_connections", web),
                connections("search_connections", search),
                // Through the index, by day: a plain "limit 1" may be planned as a scan of the table.
                newest("ad_connections", ad, 1, """
                        (select f.platform from %s f
                         where f.tenant_id = :tenant_id and f.connection_id = c.id order by f.date_day desc limit 1)"""
                        .formatted(ad)),
                newest("web_connections", web, 2, "'GA4'"),
                newest("search_connections", search, 3, "'SEARCH_CONSOLE'"));
    }

    /** By platform, then connection id, as the in-memory warehouse sorts (UUIDs as Java compares them). */
    static List<SourceFreshness> of(Handle handle, TenantId tenant, FactsSource source) {
        return handle.createQuery(sql(source))
                .bind("tenant_id", tenant.value())
                .map((row, context) -> new SourceFreshness(connection(row), Platform.valueOf(row.getString("platform")),
                        Option.none(), optionalInstant(row, "newest_extraction"),
                        Option.of(row.getObject("newest_day", LocalDate.class))))
                .list()
                .stream()
                .sorted(Comparator.comparing(SourceFreshness::platform).thenComparing(fresh -> fresh.connection().value()))
                .toList();
    }

    /** The table's connections in order: the first, then each time the next one above the last found. */
    private static String connections(String name, String table) {
        return """
                %1$s(id) as (
                    (select t.connection_id from %2$s t where t.tenant_id = :tenant_id order by t.connection_id limit 1)
                    union all
                    select (select f.connection_id from %2$s f
                            where f.tenant_id = :tenant_id and f.connection_id > previous.id
                            order by f.connection_id limit 1)
                    from %1$s previous where previous.id is not null
                )""".formatted(name, table);
    }

    private static String newest(String connections, String table, int source, String platform) {
        return """
                select c.id as connection_id, %3$d as source, %4$s as platform,
                       (select max(f.source_extracted_at) from %2$s f
                        where f.tenant_id = :tenant_id and f.connection_id = c.id) as newest_extraction,
                       (select max(f.date_day) from %2$s f
                        where f.tenant_id = :tenant_id and f.connection_id = c.id) as newest_day
                from %1$s c where c.id is not null""".formatted(connections, table, source, platform);
    }
}
