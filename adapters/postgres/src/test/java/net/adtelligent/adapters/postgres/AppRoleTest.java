package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.out.TenantFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * An owner that is no superuser, on a server where the application role may or may not exist yet:
 * the migration makes the role when the owner may, and otherwise names the SQL a DBA runs.
 */
class AppRoleTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String ownerRole = "owner_" + suffix;
    private final String appRole = "app_" + suffix;

    @Test
    void migrate_givenOwnerWithoutCreateRoleAndNoAppRole_refusesWithTheTwoStatementsThatMakeItWork() {
        PostgresSettings settings = ownedDatabase("nocreaterole");

        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            assertThatThrownBy(database::migrate)
                    .isInstanceOf(PostgresSetupException.class)
                    .hasMessageContaining("the application role " + appRole + " does not exist")
                    .hasMessageContaining("  CREATE ROLE " + appRole + " NOLOGIN NOSUPERUSER NOBYPASSRLS;\n"
                            + "  GRANT " + appRole + " TO " + ownerRole + ";\n");
            assertThat(tableExists(settings, "flyway_schema_history")).isFalse();
        }
    }

    @Test
    void migrate_givenTheStatementsOfTheMessageRunByADba_migratesAndServesAsTheAppRole() {
        PostgresSettings settings = ownedDatabase("nocreaterole");
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            Throwable refused = catchThrowable(database::migrate);
            asSuperuser(settings, sqlLines(refused.getMessage()));

            database.migrate();
            database.tenantStore().add(TenantFixtures.tenant("acme"));

            assertThat(database.tenantStore().bySlug(new Slug("acme"))).isNotEmpty();
        }
    }

    @Test
    void migrate_givenAppRoleTheOwnerIsNoMemberOf_asksOnlyForTheGrant() {
        PostgresSettings settings = ownedDatabase("nocreaterole");
        asSuperuser(settings, List.of("create role " + appRole + " nologin"));

        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            assertThatThrownBy(database::migrate)
                    .isInstanceOf(PostgresSetupException.class)
                    .hasMessageContaining("is not a member of the application role " + appRole)
                    .hasMessageContaining("  GRANT " + appRole + " TO " + ownerRole + ";\n")
                    .message().doesNotContain("CREATE ROLE");
        }
    }

    @Test
    void migrate_givenOwnerWithCreateRole_createsTheAppRoleItself() {
        PostgresSettings settings = ownedDatabase("createrole");
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();

            assertThat(database.healthProbe().probe().up()).isTrue();
            assertThat(AppRole.read(Connections.asOwner(settings), settings).usable()).isTrue();
        }
    }

    @Test
    void explain_givenMigrationFailedWhileTheRoleIsMissing_givesTheStatementsWithTheFailureAsCause() {
        PostgresSettings settings = ownedDatabase("createrole");
        RuntimeException failure = new IllegalStateException("permission denied to grant role");

        RuntimeException explained = AppRole.explain(Connections.asOwner(settings), settings, failure);

        assertThat(explained).isInstanceOf(PostgresSetupException.class).hasCause(failure)
                .hasMessageContaining("CREATE ROLE " + appRole);
    }

    @Test
    void explain_givenMigrationFailedForAnotherReason_keepsTheFailureAsItIs() {
        PostgresSettings settings = ownedDatabase("createrole");
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();
        }
        RuntimeException failure = new IllegalStateException("checksum mismatch");

        assertThat(AppRole.explain(Connections.asOwner(settings), settings, failure)).isSameAs(failure);
    }

    @Test
    void identifier_givenNameThatIsNotPlainLowercase_isQuoted() {
        assertThat(AppRole.identifier("reporting")).isEqualTo("reporting");
        assertThat(AppRole.identifier("Reporting-Owner")).isEqualTo("\"Reporting-Owner\"");
        assertThat(AppRole.identifier("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    /** A fresh database owned by a login role that is no superuser, as a DBA would set it up. */
    private PostgresSettings ownedDatabase(String createRole) {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        String name = fresh.jdbcUrl().substring(fresh.jdbcUrl().lastIndexOf('/') + 1);
        asSuperuser(fresh, List.of(
                "create role " + ownerRole + " login nosuperuser nobypassrls " + createRole,
                "alter database " + name + " owner to " + ownerRole,
                "alter schema public owner to " + ownerRole));
        return new PostgresSettings(fresh.jdbcUrl(), ownerRole, "", appRole);
    }

    private static void asSuperuser(PostgresSettings settings, List<String> statements) {
        Jdbi.create(settings.jdbcUrl(), "postgres", "").useHandle(handle -> statements.forEach(handle::execute));
    }

    private static List<String> sqlLines(String message) {
        return Arrays.stream(message.split("\n")).filter(line -> line.startsWith("  ")).map(String::strip).toList();
    }

    private static boolean tableExists(PostgresSettings settings, String table) {
        return Jdbi.create(settings.jdbcUrl(), "postgres", "").withHandle(handle -> handle
                .createQuery("select to_regclass(:table) is not null").bind("table", table).mapTo(Boolean.class).one());
    }
}
