package com.example.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import net.adtelligent.adapters.postgres.PostgresSetupException;
import net.adtelligent.ports.in.CombinedMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example as docs/embedding.md tells it, on a real PostgreSQL whose owner is no superuser and may
 * not create roles: refused with the DBA's two statements, then, once they ran, the whole walk.
 */
class ReportingExampleTest {

    private static EmbeddedPostgres server;
    private static Dba dba;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startServerWithDatabaseOfPlainOwner() throws Exception {
        server = EmbeddedPostgres.builder().start();
        dba = new Dba(server);
        dba.run("dba-setup.sql");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void run_givenOwnerWhoMayNotCreateRoles_refusesUntilTheDbaRanTheTwoStatementsThenReports() throws Exception {
        assertThat(ownerMay("rolsuper")).isFalse();
        assertThat(ownerMay("rolcreaterole")).isFalse();

        PostgresSetupException refused = catchThrowableOfType(PostgresSetupException.class,
                () -> ReportingExample.run(dba.jdbcUrl("reporting"), "reporting", "change-me", dataDir));
        assertThat(Arrays.stream(refused.getMessage().split("\n")).filter(line -> line.startsWith("  ")).map(String::strip))
                .containsExactlyElementsOf(Dba.statements("dba-app-role.sql"));

        dba.run("dba-app-role.sql");
        CombinedMetrics.Result view = ReportingExample.run(dba.jdbcUrl("reporting"), "reporting", "change-me", dataDir);

        assertThat(view.fromSnapshot()).isTrue();
        assertThat(view.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(view.totals().spend()).isEqualByComparingTo(new BigDecimal("100.00")); // 80 fed + 20 from the CSV
        assertThat(view.totals().clicks()).isEqualTo(400);
        assertThat(ownerConnectionsAfterClose()).isZero();
    }

    @Test
    void run_givenTheInMemoryCore_walksTheSameStepsWithoutADatabase() throws Exception {
        CombinedMetrics.Result view = AcmeReport.run(InMemoryCore.create(), dataDir);

        assertThat(view.fromSnapshot()).isTrue();
        assertThat(view.totals().spend()).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(view.totals().impressions()).isEqualTo(16_000);
    }

    private static boolean ownerMay(String attribute) throws Exception {
        return query("select " + attribute + " from pg_roles where rolname = 'reporting'").equals("t");
    }

    /** Closing the core closes the scheduler and the pool: the owner's sessions end. */
    private static int ownerConnectionsAfterClose() throws Exception {
        String sql = "select count(*) from pg_stat_activity where usename = 'reporting'";
        for (int tries = 0; tries < 50 && !query(sql).equals("0"); tries++) {
            Thread.sleep(100); // a closed connection leaves pg_stat_activity a moment later
        }
        return Integer.parseInt(query(sql));
    }

    private static String query(String sql) throws Exception {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
