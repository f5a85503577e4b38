package com.example.reporting;

import java.nio.file.Path;
import net.adtelligent.adapters.auth.Argon2PasswordHasher;
import net.adtelligent.adapters.auth.JwtAccessTokens;
import net.adtelligent.adapters.auth.SigningKeys;
import net.adtelligent.adapters.auth.ZxcvbnPasswordScreen;
import net.adtelligent.adapters.outbox.OutboxMailer;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.adapters.postgres.scheduling.SchedulingSettings;
import net.adtelligent.adapters.postgres.scheduling.SnapshotScheduler;
import net.adtelligent.adapters.postgres.scheduling.UploadExpiryScheduler;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.csv.ContractIngestion;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Telemetry;

/**
 * The wiring of docs/embedding.md: the core on PostgreSQL with the persistent snapshot scheduler,
 * real security and an outbox for mail. The text between each pair of "docs:" markers stands in the
 * document unchanged; EmbeddingDocumentTest checks it does.
 */
final class ReportingCore {

    private ReportingCore() {
    }

    static Adtelligent start(String jdbcUrl, String owner, String password, Path dataDir) {
        // docs:begin postgres
        PostgresDatabase database = PostgresDatabase.open(PostgresSettings.of(jdbcUrl, owner, password));
        database.migrate(); // idempotent; PostgresSetupException says what a DBA must run first, if anything

        SnapshotScheduler scheduler = SnapshotScheduler.on(database,
                database.alertSink(), Telemetry.NONE, SchedulingSettings.DEFAULT);
        UploadExpiryScheduler expiry = UploadExpiryScheduler.on(database, SchedulingSettings.DEFAULT);
        Adtelligent core = Adtelligent.builder()
                .stores(database.stores())
                .facts(database.factStores())
                .unitOfWork(database.unitOfWork()) // one transaction per use case
                // uploads in the database: every instance of the service sees them
                .ingestion(ContractIngestion.with(database.uploadStorage(), Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .security(new Security(new Argon2PasswordHasher(), new ZxcvbnPasswordScreen(),
                        new JwtAccessTokens(SigningKeys.loadOrCreate(dataDir.resolve("jwt-signing.key")))))
                .mailer(new OutboxMailer(dataDir.resolve("outbox"), new Email("reports@example.com")))
                .snapshotRequests(scheduler)
                .healthProbe(database.healthProbe())
                .owning(database)  // closed by core.close(), last given first:
                .owning(scheduler) // the schedulers stop before the database closes
                .owning(expiry)
                .build();
        scheduler.start(core.scheduledSnapshots());
        expiry.start(core.expireUploads()); // uploads not committed within 7 days are removed
        // docs:end
        return core;
    }
}
