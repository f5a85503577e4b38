package net.adtelligent.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.bootstrap.cli.Main;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.Fact;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.SourceRecord;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dbt project on real dbt: the contracts module's records loaded into Airbyte-shaped tables,
 * `dbt build` and `dbt source freshness` on PostgreSQL, `dbt build` on DuckDB, sqlfluff; and the
 * same records through the Java normaliser (`contracts normalize --ingest`) into the application's
 * tables, compared with the fact marts row for row and column for column. Numbers compare by value
 * (12.5 equals 12.50: PostgreSQL's numeric keeps the scale it is given, the comparison does not).
 * Over 300 lines because its three tests share one costly setup (the toolchain, one database, the
 * records landed once for dbt and for Java); the landing and the dbt calls already live apart
 * ({@link Fixtures}, {@link AirbyteTables}, {@link DbtToolchain}).
 */
class DbtParityTest {

    private static final Contracts CONTRACTS = Contracts.load();
    private static final UUID TENANT = UUID.fromString("7e1a2b3c-0000-4000-8000-0000000000b7");
    private static final String SPEND_OF_THE_OLD_COPY = "99999";
    private static final List<String[]> FACTS = List.of(
            new String[] {"ad_performance_daily", "fct_ad_performance_daily",
                "date_day, connection_id, account_id, campaign_id, ad_group_id, ad_id"},
            new String[] {"web_analytics_daily", "fct_web_analytics_daily",
                "date_day, connection_id, property_id, source, medium, campaign_name, event_name"},
            new String[] {"search_console_daily", "fct_search_console_daily",
                "date_day, connection_id, site_url, search_type, query, page, country, device"});

    @TempDir
    static Path work;

    private static DbtToolchain dbt;
    private static PostgresSettings database;
    private static final Map<UUID, String> STREAM_OF = new HashMap<>();
    private static final List<String> DUCKDB = new ArrayList<>();
    private static String javaOutput = "";

    @BeforeAll
    static void load() throws Exception {
        dbt = DbtToolchain.installed();
        database = EmbeddedPostgresFixture.migratedDatabase();
        // Airbyte stamps records in milliseconds; so does the normaliser.
        Instant end = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(1));
        List<String> postgres = new ArrayList<>(List.of(appRows()));
        DUCKDB.addAll(List.of(
                "create table tenants (id uuid, slug text, reporting_currency text)",
                "create table connections (id uuid, tenant_id uuid, platform text, external_account_id text, status text)",
                "create table fx_rates (date_day date, base_currency text, quote_currency text, rate decimal(38, 10),"
                        + " source text)",
                "insert into tenants values ('" + TENANT + "', 'parity', 'EUR')",
                "insert into fx_rates values ('2024-04-29', 'EUR', 'USD', 1.0800000000, 'test')"));
        List<String[]> ingests = new ArrayList<>();
        for (StreamContract stream : CONTRACTS.all()) {
            if (stream.upstream().isEmpty() || stream.fact() == Fact.CONTEXT) {
                continue;
            }
            UUID connection = UUID.nameUUIDFromBytes(stream.stream().getBytes());
            String account = stream.platform().equals("SEARCH_CONSOLE") ? "sc-domain:example.com" : "1234567890";
            STREAM_OF.put(connection, stream.stream());
            String insert = "insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at,"
                    + " updated_at) values ('" + connection + "', '" + TENANT + "', '" + stream.platform() + "', '" + account
                    + "', '" + stream.stream() + "', 'active', now(), now())";
            postgres.add(insert);
            DUCKDB.add("insert into connections values ('" + connection + "', '" + TENANT + "', '" + stream.platform()
                    + "', '" + account + "', 'active')");
            List<AirbyteTables.Landed> records = valid(stream, connection, account, Fixtures.records(stream, end));
            if (stream.stream().equals("meta_ads.ads_insights")) {
                ObjectNode older = ((ObjectNode) records.get(0).data().deepCopy()).put("spend", SPEND_OF_THE_OLD_COPY);
                records.add(new AirbyteTables.Landed(older, end.minus(Duration.ofHours(3))));
            }
            land(postgres, connection, stream, records);
            List<AirbyteTables.Landed> context = new ArrayList<>();
            for (StreamContract other : CONTRACTS.all()) {
                if (other.isContext() && other.platform().equals(stream.platform()) && other.upstream().isPresent()) {
                    List<AirbyteTables.Landed> landed = Fixtures.records(other, end);
                    land(postgres, connection, other, landed);
                    Path file = Fixtures.write(landed, other.upstream().get().stream(), work.resolve(other.stream() + ".jsonl"));
                    context.addAll(landed);
                    Files.write(work.resolve(stream.stream() + ".context.jsonl"), Files.readAllLines(file),
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            }
            Path file = Fixtures.write(records, stream.upstream().get().stream(), work.resolve(stream.stream() + ".jsonl"));
            List<String> args = new ArrayList<>(List.of("contracts", "normalize", "--stream", stream.stream(), "--ingest",
                    "--tenant", "parity", "--connection", connection.toString(), "--account", account));
            if (!context.isEmpty()) {
                args.addAll(List.of("--context", work.resolve(stream.stream() + ".context.jsonl").toString()));
            }
            args.add(file.toString());
            ingests.add(args.toArray(String[]::new));
        }
        try (Connection sql = connect(); Statement statement = sql.createStatement()) {
            for (String one : postgres) {
                statement.execute(one);
            }
        }
        for (String[] args : ingests) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(Map.of("ADT_DATA_DIR", work.resolve("data").toString(),
                    "ADT_DATABASE_URL", database.jdbcUrl() + "?user=" + database.user()),
                    new PrintWriter(out, true), new PrintWriter(err, true), args);
            // 1: some rows were refused (a day's spend summing below zero); the comparison shows dbt refuses them too.
            assertThat(code).as("normalize --ingest %s: %s%s", args[3], out, err).isIn(0, 1);
            javaOutput += out;
        }
    }

    private static String appRows() {
        return "insert into tenants (id, slug, display_name, reporting_currency, reporting_time_zone, status, created_at,"
                + " updated_at) values ('" + TENANT + "', 'parity', 'Parity', 'EUR', 'UTC', 'active', now(), now());"
                + " insert into fx_rates values ('2024-04-29', 'EUR', 'USD', 1.08, 'test')";
    }

    // Airbyte's tables hold records of the connector's types: what the contract's validator takes. Records
    // kept because a value comes from context no one supplied (LinkedIn's campaign) are refused by both engines.
    private static List<AirbyteTables.Landed> valid(StreamContract stream, UUID connection, String account,
                                                    List<AirbyteTables.Landed> records) {
        Normaliser normaliser = new Normaliser(stream, NormaliseContext.none().own("account_id", account),
                new TenantId(TENANT), new ConnectionId(connection), Instant.EPOCH);
        return new ArrayList<>(records.stream()
                .filter(record -> normaliser.row(SourceRecord.of((ObjectNode) record.data()))
                        .fold(violations -> violations.stream().allMatch(why -> why.expected().startsWith("a value for ")),
                                row -> true)).toList());
    }

    private static void land(List<String> postgres, UUID connection, StreamContract stream, List<AirbyteTables.Landed> records) {
        postgres.addAll(AirbyteTables.statements(AirbyteTables.Dialect.POSTGRES, TENANT, connection, stream, records));
        DUCKDB.addAll(AirbyteTables.statements(AirbyteTables.Dialect.DUCKDB, TENANT, connection, stream, records));
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
    }

    static Map<String, String> postgresEnv(PostgresSettings settings, String schema) {
        String url = settings.jdbcUrl().substring("jdbc:postgresql://".length());
        String hostPort = url.substring(0, url.indexOf('/'));
        return Map.of("DBT_TARGET", "postgres", "DBT_PG_HOST", hostPort.substring(0, hostPort.indexOf(':')),
                "DBT_PG_PORT", hostPort.substring(hostPort.indexOf(':') + 1),
                "DBT_PG_DATABASE", url.substring(url.indexOf('/') + 1).replaceAll("\\?.*", ""),
                "DBT_PG_USER", settings.user(), "DBT_PG_PASSWORD", "", "DBT_PG_SCHEMA", schema,
                "DBT_TARGET_PATH", work.resolve("target-" + schema).toString(),
                "DBT_LOG_PATH", work.resolve("logs").toString(), "DBT_THREADS", "2");
    }

    @Test
    void build_givenTheSameRecords_factMartsEqualTheJavaRowsOnPostgresAndDedupOnBothEngines() throws Exception {
        Map<String, String> env = postgresEnv(database, "analytics");
        String build = dbt.dbt(env, "build");
        String freshness = dbt.dbt(env, "source", "freshness");
        assertThat(build).contains("Completed successfully");
        assertThat(freshness).doesNotContain("ERROR STALE");
        assertThat(javaOutput).contains("stored");

        try (Connection sql = connect()) {
            for (String[] fact : FACTS) {
                assertThat(columns(sql, "analytics", fact[1])).as("columns and types of %s", fact[1])
                        .isEqualTo(columns(sql, "public", fact[0]));
                Map<String, Map<String, String>> java = rows(sql, "public." + fact[0], fact[2]);
                Map<String, Map<String, String>> marts = rows(sql, "analytics." + fact[1], fact[2]);
                assertThat(java).as("Java rows of %s", fact[0]).isNotEmpty();
                List<String> differences = differences(java, marts);
                assertThat(differences).as("%s: Java (normalize --ingest) against dbt (%s)", fact[0], fact[1]).isEmpty();
            }
            assertThat(count(sql, "select count(*) from analytics.fct_ad_performance_daily where spend = "
                    + SPEND_OF_THE_OLD_COPY)).as("the older copy of a Meta primary key is dropped").isZero();
            assertThat(count(sql, "select count(*) from analytics.mart_combined_metrics_daily where rate_missing"
                    + " and spend_reporting is not null")).as("amounts without a rate stay null, flagged").isZero();
            assertThat(count(sql, "select count(*) from analytics.mart_combined_metrics_daily where currency_code = 'USD'"
                    + " and date_day between '2024-04-29' and '2024-05-06' and fx_rate is null"))
                    .as("USD spend converts with the inverse of EUR/USD up to 7 days on").isZero();
        }

        duckdb(javaCounts());
    }

    @Test
    void build_givenAFreshInstallWithoutAirbyteTables_buildsEveryModelEmptyAndTyped() throws Exception {
        PostgresSettings fresh = EmbeddedPostgresFixture.migratedDatabase();
        Map<String, String> env = postgresEnv(fresh, "marts");

        assertThat(dbt.dbt(env, "build")).contains("Completed successfully");

        try (Connection sql = DriverManager.getConnection(fresh.jdbcUrl(), fresh.user(), "")) {
            for (String[] fact : FACTS) {
                assertThat(count(sql, "select count(*) from marts." + fact[1])).isZero();
                assertThat(columns(sql, "marts", fact[1])).as("columns and types of %s", fact[1])
                        .isEqualTo(columns(sql, "public", fact[0]));
            }
            assertThat(columns(sql, "marts", "mart_combined_metrics_daily")).containsExactly("tenant_id uuid",
                    "date_day date", "dataset text", "platform text", "connection_id uuid", "currency_code character(3)",
                    "reporting_currency character(3)", "fx_rate numeric", "rate_missing boolean", "spend numeric",
                    "spend_reporting numeric", "impressions bigint", "clicks bigint", "conversions numeric",
                    "conversions_value numeric", "conversions_value_reporting numeric", "sessions bigint",
                    "total_revenue numeric", "total_revenue_reporting numeric");
        }
    }

    @Test
    void lint_givenTheModels_findsNothing() {
        assertThat(dbt.sqlfluff(postgresEnv(database, "lint"), "lint", "models")).contains("All Finished");
    }

    private Map<String, Long> javaCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection sql = connect()) {
            for (String[] fact : FACTS) {
                counts.put(fact[1], count(sql, "select count(*) from analytics." + fact[1]));
            }
            counts.put("meta", count(sql, "select count(*) from analytics.fct_ad_performance_daily where platform = 'META_ADS'"));
        }
        return counts;
    }

    private void duckdb(Map<String, Long> postgresCounts) throws Exception {
        Path file = work.resolve("parity.duckdb");
        Path script = Files.write(work.resolve("load.sql"), List.of(String.join(";\n", DUCKDB) + ";"));
        dbt.python(Map.of(), "import duckdb; c = duckdb.connect(r'" + file + "'); c.execute(open(r'" + script + "').read())");
        Map<String, String> env = Map.of("DBT_TARGET", "duckdb", "DBT_DUCKDB_PATH", file.toString(),
                "DBT_TARGET_PATH", work.resolve("target-duckdb").toString(), "DBT_LOG_PATH", work.resolve("logs").toString(),
                "DBT_THREADS", "2");
        assertThat(dbt.dbt(env, "build")).contains("Completed successfully");
        String counted = dbt.python(Map.of(), "import duckdb; c = duckdb.connect(r'" + file + "', read_only=True)\n"
                + "for t in ['fct_ad_performance_daily', 'fct_search_console_daily', 'fct_web_analytics_daily']:\n"
                + "    print(t, c.execute('select count(*) from analytics.' + t).fetchone()[0])\n"
                + "print('meta', c.execute(\"select count(*) from analytics.fct_ad_performance_daily where platform = 'META_ADS'\").fetchone()[0])\n"
                + "print('old', c.execute('select count(*) from analytics.fct_ad_performance_daily where spend = "
                + SPEND_OF_THE_OLD_COPY + "').fetchone()[0])\n");
        Map<String, Long> duck = new TreeMap<>();
        for (String line : counted.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            duck.put(parts[0], Long.parseLong(parts[1]));
        }
        assertThat(duck.remove("old")).as("DuckDB drops the older copy of a Meta primary key").isZero();
        assertThat(duck).as("rows per fact mart, DuckDB against PostgreSQL").isEqualTo(postgresCounts);
    }

    static List<String> columns(Connection sql, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(
                "select column_name, data_type, character_maximum_length from information_schema.columns where table_schema = '"
                        + schema + "' and table_name = '" + table + "' order by ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2) + (rows.getObject(3) == null ? "" : "(" + rows.getInt(3) + ")"));
            }
        }
        return columns;
    }

    static Map<String, Map<String, String>> rows(Connection sql, String table, String key) throws SQLException {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (Statement statement = sql.createStatement(); ResultSet result = statement.executeQuery(
                "select * from " + table + " where tenant_id = '" + TENANT + "'")) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= width; i++) {
                    Object value = result.getObject(i);
                    row.put(result.getMetaData().getColumnName(i), value instanceof BigDecimal number
                            ? number.stripTrailingZeros().toPlainString() : value == null ? null
                            : value instanceof java.sql.Timestamp at ? at.toInstant().toString() : value.toString());
                }
                StringBuilder id = new StringBuilder(STREAM_OF.getOrDefault(UUID.fromString(row.get("connection_id")), "?"));
                for (String column : key.split(", ")) {
                    id.append(" ").append(column).append("=").append(row.get(column));
                }
                rows.put(id.toString(), row);
            }
        }
        return rows;
    }

    static List<String> differences(Map<String, Map<String, String>> java, Map<String, Map<String, String>> marts) {
        List<String> differences = new ArrayList<>();
        java.forEach((key, row) -> {
            Map<String, String> other = marts.get(key);
            if (other == null) {
                differences.add(key + ": only in Java");
                return;
            }
            row.forEach((column, value) -> {
                if (!Objects.equals(value, other.get(column))) {
                    differences.add(key + " column " + column + ": Java " + value + ", dbt " + other.get(column));
                }
            });
        });
        marts.keySet().stream().filter(key -> !java.containsKey(key)).forEach(key -> differences.add(key + ": only in dbt"));
        return differences;
    }

    static long count(Connection sql, String query) throws SQLException {
        try (Statement statement = sql.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
