package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.FactFixtures;
import net.adtelligent.ports.out.IdentityFixtures;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V17 gives every connection id that facts or committed CSV uploads already name a connection
 * record, on a schema owned by a login that is no superuser (row-level security forced on it too).
 */
class ConnectionsMigrationTest {

    @Test
    void migrate_givenFactsAndCsvUploadsBeforeConnections_recordsEachConnectionOnce() {
        PostgresSettings settings = plainOwner();
        var flyway = Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration").placeholders(Map.of("app_role", settings.appRole()));
        // The schema just before connections, whatever versions came before them.
        MigrationVersion before = java.util.Arrays.stream(flyway.load().info().all())
                .map(MigrationInfo::getVersion).filter(version -> version.isNewerThan("0")
                        && !version.isAtLeast("17")).max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(before).load().migrate();
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
            TenantId other = IdentityFixtures.newTenant(database.tenantStore());
            ConnectionId meta = ConnectionId.random();
            ConnectionId ga4 = ConnectionId.random();
            ConnectionId search = ConnectionId.random();
            ConnectionId ofOther = ConnectionId.random();
            database.adPerformanceStore().upsert(tenant, List.of(FactFixtures.ad(tenant, meta, DAY, 1, EXTRACTED),
                    FactFixtures.ad(tenant, meta, DAY, 2, EXTRACTED)));
            database.webAnalyticsStore().upsert(tenant, List.of(FactFixtures.web(tenant, ga4, DAY, 1, EXTRACTED)));
            database.searchConsoleStore().upsert(tenant, List.of(FactFixtures.search(tenant, search, DAY, 1, EXTRACTED)));
            database.adPerformanceStore().upsert(other, List.of(FactFixtures.ad(other, ofOther, DAY, 1, EXTRACTED)));
            committedUpload(settings, tenant, "Shop export é");

            database.migrate();

            ConnectionStatus active = ConnectionStatus.ACTIVE;
            Connection metaRecord = database.connectionStore().byId(tenant, meta).get();
            assertThat(List.of(metaRecord.platform(), metaRecord.externalAccountId(), metaRecord.name(), metaRecord.status()))
                    .containsExactly(Platform.META_ADS, "act-1001", "Acme EU", active);
            assertThat(database.connectionStore().byId(tenant, ga4).get().platform()).isEqualTo(Platform.GA4);
            assertThat(database.connectionStore().byId(tenant, search).get().platform()).isEqualTo(Platform.SEARCH_CONSOLE);
            assertThat(database.connectionStore().byId(other, ofOther)).hasSize(1);
            assertThat(database.connectionStore().byId(tenant, ofOther)).isEmpty();
            ConnectionId csv = new ConnectionId(UUID.nameUUIDFromBytes(("csv:" + tenant + ":Shop export é")
                    .getBytes(StandardCharsets.UTF_8)));
            Connection csvRecord = database.connectionStore().byId(tenant, csv).get();
            assertThat(List.of(csvRecord.platform(), csvRecord.name())).containsExactly(Platform.CSV, "Shop export é");
            assertThat(csvRecord.credentials()).isEmpty();
            assertThat(database.connectionStore().page(tenant, io.vavr.control.Option.none(), 10)).hasSize(4);
        }
    }

    private static void committedUpload(PostgresSettings settings, TenantId tenant, String source) {
        Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password()).useTransaction(handle -> {
            handle.execute("select set_config('app.tenant_id', ?, true)", tenant.value().toString());
            handle.createUpdate("""
                    insert into import_jobs (id, tenant_id, file_name, bytes, sha256, headers, delimiter, proposed,
                        status, mapping, report, uploaded_at, committed_at)
                    values (gen_random_uuid(), :tenant, 'shop.csv', 1, repeat('a', 64), '{}', ',', '{}', 'committed',
                        jsonb_build_object('source', :source), '{}', now(), now())
                    """).bind("tenant", tenant.value()).bind("source", source).execute();
        });
    }

    /** The production shape: the schema's owner logs in, is no superuser, and the service role is its member. */
    private static PostgresSettings plainOwner() {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String ownerRole = "owner_" + suffix;
        String appRole = "app_" + suffix;
        String name = fresh.jdbcUrl().substring(fresh.jdbcUrl().lastIndexOf('/') + 1);
        Jdbi.create(fresh.jdbcUrl(), fresh.user(), fresh.password()).useHandle(handle -> {
            handle.execute("create role " + ownerRole + " login nosuperuser nobypassrls");
            handle.execute("create role " + appRole + " nologin nosuperuser nobypassrls");
            handle.execute("grant " + appRole + " to " + ownerRole);
            handle.execute("alter database " + name + " owner to " + ownerRole);
            handle.execute("alter schema public owner to " + ownerRole);
        });
        return new PostgresSettings(fresh.jdbcUrl(), ownerRole, "", appRole);
    }
}
