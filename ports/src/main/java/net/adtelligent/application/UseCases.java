package net.adtelligent.application;

import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.ports.in.system.SystemPorts;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;

/** Builds every use-case service once from the builder's parts, and hands them out as the two sets of ports. */
final class UseCases {

    final UserPorts user;
    final SystemPorts system;

    UseCases(Adtelligent.Builder b) {
        Stores s = b.stores;
        Security sec = b.security;
        UnitOfWork units = b.unitOfWork;
        FactStores f = b.facts;
        AuditTrail trail = new AuditTrail(s.auditLog(), b.clock);
        Passwords passwords = new Passwords(sec.passwordHasher(), sec.passwordScreen());
        var access = new AccessService(s.tenants(), s.memberships());
        var tenants = new TenantService(s.tenants(), s.memberships(), access, units, trail, b.clock);
        var auth = new AuthService(s.users(), s.refreshTokens(), sec.passwordHasher(), sec.accessTokens(), units, trail,
                new LoginThrottle(s.loginAttempts(), b.loginLimits, b.clock), b.clock);
        var passwordReset = new PasswordResetService(s.users(), s.oneTimeTokens(), s.refreshTokens(), passwords,
                b.mailer, b.publicUrl, units, trail, b.clock);
        var accounts = new Accounts(s.users(), s.memberships(), s.tenants(), passwords, units, trail, b.clock);
        var members = new MemberService(accounts, s.users(), s.tenants(), s.memberships(), s.invitations(), access,
                b.mailer, b.publicUrl, units, trail, b.clock);
        var notifications = new SyncNotificationService(b.webhookSettings, b.syncSignals, b.webhookDeliveries, units,
                b.telemetry, b.clock);
        // The core closes the thread that records deliveries first, before anything it writes to.
        notifications.resource().ifPresent(b.owned::add);
        var snapshots = new SnapshotService(f, s.tenants(), access, b.snapshotRequests, b.telemetry, b.metricsSettings,
                b.clock);
        this.user = new UserPorts(auth, passwordReset, access, tenants, tenants, tenants, members,
                new AuditService(s.auditLog(), access),
                new CsvUploadService(b.ingestion, f.importJobs(), f.adPerformance(), s.connections(), access, units, trail,
                        b.clock),
                new IngestService(f, access, units, trail),
                new ConversionChoiceService(b.ingestion.conversionCatalog(), f.conversionSettings(), access, units, trail),
                new AdPerformanceReader(f.adPerformance(), f.fxRates(), s.connections(), access),
                new CombinedMetricsService(f, access, snapshots, b.metricsSettings, b.clock),
                snapshots, new HealthService(b.healthProbes),
                new ConnectionService(s.connections(), b.secretVault, new CredentialPrints(b.fingerprintKey), access,
                        units, trail, b.clock),
                notifications);
        this.system = new SystemPorts(snapshots, tenants, accounts, new FxRateService(f.fxRates(), units, trail),
                new UploadExpiryService(b.ingestion, f.importJobs(), s.tenants(), units, trail, b.clock),
                new ConnectionReadinessService(s.tenants(), s.connections(), b.secretVault, b.clock),

                new DataKeyRotation(s.tenants(), s.connections(), b.secretVault, units));
    }
}
