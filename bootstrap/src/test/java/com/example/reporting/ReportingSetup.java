package com.example.reporting;

import java.nio.file.Path;
import net.adtelligent.adapters.auth.Argon2PasswordHasher;
import net.adtelligent.adapters.auth.JwtAccessTokens;
import net.adtelligent.adapters.auth.SigningKeys;
import net.adtelligent.adapters.auth.ZxcvbnPasswordScreen;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.adapters.ses.OutboxMailer;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.csv.ContractIngestion;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.contracts.csv.DirectoryUploadStorage;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;

/**
 * The examples of docs/embedding.md, compiled and run by EmbeddingExampleTest. The text between
 * each pair of "docs:" markers must stand in the document unchanged; the test checks it does.
 */
final class ReportingSetup {

    private ReportingSetup() {
    }

    static Tenant inMemory(Path outboxFolder) {
        // docs:begin in-memory
        Adtelligent core = Adtelligent.builder()
                .stores(InMemoryStores.create())
                .facts(InMemoryStores.facts())
                .ingestion(ContractIngestion.with(new InMemoryUploadStorage(), Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .security(new Security(new Argon2PasswordHasher(), new ZxcvbnPasswordScreen(),
                        new JwtAccessTokens(SigningKeys.generate())))
                .mailer(new OutboxMailer(outboxFolder, new Email("reports@example.com")))
                .build();

        Actor service = Actor.system("reporting-service");
        Tenant acme = core.registerTenant()
                .register(service, new TenantDraft("acme", "Acme Media", "EUR", "Europe/Berlin"))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        core.changeTenant().rename(service, "acme", "Acme Media Group");
        // docs:end
        return core.findTenants().bySlug(acme.slug().value()).get();
    }

    static Adtelligent onPostgres(String jdbcUrl, String owner, String password, Security security, Path outboxFolder,
                                  Path uploadFolder) {
        // docs:begin postgres
        PostgresDatabase database = PostgresDatabase.open(PostgresSettings.of(jdbcUrl, owner, password));
        database.migrate(); // idempotent; or run `adtelligent migrate` in your deployment instead

        Adtelligent core = Adtelligent.builder()
                .stores(database.stores())
                .facts(database.factStores())
                .ingestion(ContractIngestion.with(new DirectoryUploadStorage(uploadFolder), Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .security(security)
                .mailer(new OutboxMailer(outboxFolder, new Email("reports@example.com")))
                .healthProbe(database.healthProbe())
                .build();
        // docs:end
        return core;
    }
}
