package com.example.reporting;

import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.memory.InMemoryTenantStore;

/**
 * The examples of docs/embedding.md, compiled and run by EmbeddingExampleTest. The text between
 * each pair of "docs:" markers must stand in the document unchanged; the test checks it does.
 */
final class ReportingSetup {

    private ReportingSetup() {
    }

    static Tenant inMemory() {
        // docs:begin in-memory
        Adtelligent core = Adtelligent.builder()
                .tenantStore(new InMemoryTenantStore())
                .build();

        Tenant acme = core.registerTenant()
                .register(new TenantDraft("acme", "Acme Media", "EUR", "Europe/Berlin"))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        core.changeTenant().rename("acme", "Acme Media Group");
        // docs:end
        return core.findTenants().bySlug(acme.slug().value()).get();
    }

    static Adtelligent onPostgres(String jdbcUrl, String owner, String password) {
        // docs:begin postgres
        PostgresDatabase database = PostgresDatabase.open(PostgresSettings.of(jdbcUrl, owner, password));
        database.migrate(); // idempotent; or run `adtelligent migrate` in your deployment instead

        Adtelligent core = Adtelligent.builder()
                .tenantStore(database.tenantStore())
                .healthProbe(database.healthProbe())
                .build();
        // docs:end
        return core;
    }
}
