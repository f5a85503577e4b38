package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.AuditLogContract;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.TenantStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared AuditLog contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresAuditLogTest extends AuditLogContract {

    private static PostgresSettings settings;
    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        settings = EmbeddedPostgresFixture.migratedDatabase();
        database = PostgresDatabase.open(settings);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected AuditLog auditLog() {
        return database.auditLog();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }

    @Test
    void record_givenAccountEvent_storesItInAccountEvents() {
        AuditEvent login = new AuditEvent(UUID.randomUUID(), Option.none(), Option.none(), "auth.login_failed", "user",
                "ann@example.com", ClientInfo.local("test"), IdentityFixtures.NOW, Map.of("reason", "unknown"));

        database.auditLog().record(login);

        Map<String, Object> row = asOwner().withHandle(handle -> handle
                .createQuery("select action, details ->> 'reason' as reason from account_events where id = :id")
                .bind("id", login.id()).mapToMap().one());
        assertThat(row).containsEntry("action", "auth.login_failed").containsEntry("reason", "unknown");
    }

    /** Real JSON, not a string that looks like it: a report can query it with PostgreSQL's operators. */
    @Test
    void record_givenDetailsWithQuotes_storesThemAsAJsonObjectOfStrings() {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        AuditEvent event = new AuditEvent(UUID.randomUUID(), Option.of(tenant), Option.none(), "tenant.changed",
                "tenant", "acme", ClientInfo.local("test"), IdentityFixtures.NOW, Map.of("name", "\"Zoë\" {x}"));

        database.auditLog().record(event);

        Map<String, Object> row = asOwner().withHandle(handle -> handle.createQuery("""
                        select jsonb_typeof(details) as kind, details ->> 'name' as name, details::text as json
                        from audit_events where id = :id
                        """).bind("id", event.id()).mapToMap().one());
        assertThat(row).containsEntry("kind", "object").containsEntry("name", "\"Zoë\" {x}")
                .containsEntry("json", "{\"name\": \"\\\"Zoë\\\" {x}\"}");
    }

    private static Jdbi asOwner() {
        return Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
