package net.adtelligent.adapters.postgres;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where {@link PostgresDatabase#metricsWarehouse(FactsSource)} reads the unified facts: the
 * application's tables (V7), or the dbt project's marts ({@code fct_ad_performance_daily},
 * {@code fct_web_analytics_daily}, {@code fct_search_console_daily}) in a schema dbt writes, with
 * the same columns. The write side does not change: CSV uploads and ingest still write the
 * application's tables.
 *
 * <p>From dbt, rows of the tenant's CSV sources still come from the application's tables: uploads
 * never pass through Airbyte, so the marts cannot hold them, and a mart row naming a CSV source
 * is left out, so nothing counts twice. Row-level security does not reach tables dbt owns: every
 * branch names the tenant itself ({@code :tenant_id}). Each column is cast to the application's
 * type and collation, so a mart of {@code varchar} and default collation sorts and sums like the
 * application's tables.
 */
public record FactsSource(Optional<String> dbtSchema) {

    /** A plain identifier: it is written into SQL (quoted), so nothing else is taken. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String CSV_SOURCE = "exists (select from connections c where c.tenant_id = :tenant_id"
            + " and c.id = f.connection_id and c.platform = 'CSV')";

    public FactsSource {
        Objects.requireNonNull(dbtSchema, "dbtSchema");
        dbtSchema.ifPresent(schema -> {
            if (!IDENTIFIER.matcher(schema).matches()) {
                throw new IllegalArgumentException("a dbt schema is a plain identifier (letters, digits, _;"
                        + " not starting with a digit; at most 63 characters): '" + schema + "'");
            }
        });
    }

    /** The application's tables: the default. */
    public static FactsSource application() {
        return new FactsSource(Optional.empty());
    }

    /** The dbt marts in {@code schema}; refused unless it is a plain identifier. */
    public static FactsSource dbt(String schema) {
        return new FactsSource(Optional.of(Objects.requireNonNull(schema, "schema")));
    }

    /** Whether a text is a schema name this source takes. */
    public static boolean plainIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    /** What a query reads {@code table} from: the table itself, or a parenthesised union naming :tenant_id. */
    String relation(Table table) {
        if (dbtSchema.isEmpty()) {
            return table.name;
        }
        return "(select " + table.columns + " from \"" + dbtSchema.get() + "\".fct_" + table.name + " f"
                + " where f.tenant_id = :tenant_id and not " + CSV_SOURCE
                + " union all select " + table.columns + " from " + table.name + " f"
                + " where f.tenant_id = :tenant_id and " + CSV_SOURCE + ")";
    }

    /** The three fact tables of V7 with their columns, as the application types them. */
    enum Table {
        AD_PERFORMANCE("ad_performance_daily", List.of("tenant_id uuid", "date_day date", "connection_id uuid",
                "platform text", "account_id C", "account_name text", "campaign_id C", "campaign_name text",
                "ad_group_id C", "ad_group_name text", "ad_id C", "ad_name text", "currency_code char(3)",
                "spend numeric", "impressions bigint", "clicks bigint", "conversions numeric",
                "conversions_value numeric", "source_extracted_at timestamptz")),
        WEB_ANALYTICS("web_analytics_daily", List.of("tenant_id uuid", "date_day date", "connection_id uuid",
                "property_id C", "source C", "medium C", "campaign_name C", "event_name C", "sessions bigint",
                "total_users bigint", "conversions numeric", "total_revenue numeric", "currency_code char(3)",
                "source_extracted_at timestamptz")),
        SEARCH_CONSOLE("search_console_daily", List.of("tenant_id uuid", "date_day date", "connection_id uuid",
                "site_url C", "search_type C", "query C", "page C", "country C", "device C", "clicks bigint",
                "impressions bigint", "ctr numeric", "position numeric", "source_extracted_at timestamptz"));

        final String name;
        final String columns;

        Table(String name, List<String> typed) {
            this.name = name;
            this.columns = typed.stream().map(Table::cast).collect(Collectors.joining(", "));
        }

        // "C": text compared by code points, as V7 declares its ids and dimensions; the rest in the database's default.
        private static String cast(String typed) {
            String[] parts = typed.split(" ", 2);
            String type = parts[1].equals("C") ? "text collate \"C\""
                    : parts[1].equals("text") ? "text collate \"default\"" : parts[1];
            return "f." + parts[0] + "::" + type + " as " + parts[0];
        }
    }
}
