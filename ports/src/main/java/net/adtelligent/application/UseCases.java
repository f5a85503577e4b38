package net.adtelligent.application;

import java.util.ArrayList;
import java.util.List;
import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.ports.in.system.SystemPorts;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;

/** Builds every use-case service once from the builder's parts, and hands them out as the two sets of ports. */
final class UseCases {

    final UserPorts user;
    final SystemPorts system;
    final SyncObserver syncAlerts;

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
        AirbyteProvisioner provisioner = b.airbyteProvisioning == null ? null
                : new AirbyteProvisioner(b.airbyteProvisioning, b.airbyteStreams, b.secretVault);
        AfterCommitProvisioning afterCommit = provisioner == null ? AfterCommitProvisioning.OFF
                : new AfterCommitProvisioning(provisioner, s.connections(), units, trail, b.clock,
                        b.provisioningLocks);
        var dbt = new DbtWatch(b.dbtArtifacts, b.dbtRules, f.alerts(), b.telemetry, b.clock);
        var health = new HealthService(withDbt(b.healthProbes, dbt));
        var prints = new CredentialPrints(b.fingerprintKey);
        var consented = new ConsentedConnections(s.connections(), f.alerts(), trail);
        var verdicts = new AlertVerdicts(f.alerts(), b.telemetry);
        this.syncAlerts = new SyncAlertObserver(s.syncRuns(), verdicts, b.alertRules, b.clock);
        var snapshots = new SnapshotService(f, s.tenants(), s.syncRuns(), access, b.snapshotRequests, b.telemetry,
                b.metricsSettings, b.clock);
        List<SyncObserver> observers = new ArrayList<>(b.syncObservers);
        observers.add(syncAlerts);
        observers.add(new SnapshotAfterSync(s.connections(), snapshots.requests()));
        var recorder = new SyncRecorder(s.syncRuns(), units, observers);
        var poller = new SyncPoller(s.connections(), s.syncRuns(), b.airbyteOrchestration, recorder, snapshots,
                b.syncScheduling, b.syncPollRequests, b.clock);
        var notifications = new SyncNotificationService(b.webhookSettings, b.syncSignals.getOrElse(poller),
                b.webhookDeliveries, units, b.telemetry, b.clock);
        // The core closes the thread that records deliveries first, before anything it writes to.
        notifications.resource().ifPresent(b.owned::add);
        this.user = new UserPorts(auth, passwordReset, access, tenants, tenants, tenants, members,
                new AuditService(s.auditLog(), access),
                new CsvUploadService(b.ingestion, f.importJobs(), f.adPerformance(), s.connections(), f.fxRates(), access,
                        units, trail,
                        b.clock),
                new IngestService(f, access, units, trail),
                new ConversionChoiceService(b.ingestion.conversionCatalog(), f.conversionSettings(), access, units, trail),
                new AdPerformanceReader(f.adPerformance(), f.fxRates(), s.connections(), access),
                new CombinedMetricsService(f, access, snapshots, b.metricsSettings, b.clock),
                snapshots, health,
                new ConnectionService(s.connections(), b.secretVault, prints, access, units, trail, b.clock, afterCommit),
                new AirbyteStateService(s.tenants(), s.connections(), access, health, b.airbyteProvisioning != null,
                        f.alerts()),
                new OAuthConsentService(b.oauthPlatforms, b.oauthGrants, s.tenants(), consented, b.secretVault, prints,
                        access, units, b.clock, new ConsentScopes(b.consentScopes)),
                new SyncService(s.connections(), s.syncRuns(), b.airbyteOrchestration, recorder, access, trail, b.clock),
                new AlertService(f.alerts(), s.connections(), access, units, trail, b.clock),
                notifications, dbt);
        var mailing = new AlertMailing(f.alerts(), s.tenants(), s.memberships(), s.users(), s.connections(), b.mailer,
                b.publicUrl, units, b.clock);
        this.system = new SystemPorts(snapshots, tenants, accounts, new FxRateService(f.fxRates(), units, trail),
                new UploadExpiryService(b.ingestion, f.importJobs(), s.tenants(), units, trail, b.clock),
                new ConnectionReadinessService(s.tenants(), s.connections(), b.secretVault, b.clock),
                new DataKeyRotation(s.tenants(), s.connections(), b.secretVault, units),
                new AirbyteReconcileService(s.tenants(), s.connections(), b.airbyteProvisioning, provisioner, afterCommit,
                        b.clock),
                new TokenUpkeepService(s.tenants(), s.connections(), b.oauthPlatforms, b.secretVault, prints,
                        b.tokenAlerts, f.alerts(), units, trail, b.clock),
                poller, poller,
                new SyncHistoryService(s.syncRuns(), units, withAlerts(b.syncObservers, syncAlerts),
                        snapshots.requests()),
                new SourceAlertChecks(s.connections(), s.syncRuns(), verdicts, mailing, b.alertRules,
                        snapshots::activeTenants, units, b.clock, dbt),
                new WebhookDeliveryRetention(b.webhookSettings, b.webhookDeliveries, units, b.clock));
    }

    // The dbt component only where dbt's target folder is configured, as the airbyte one.
    private static List<HealthProbe> withDbt(List<HealthProbe> probes, DbtWatch dbt) {
        List<HealthProbe> all = new ArrayList<>(probes);
        if (dbt.configured()) {
            all.add(dbt);
        }
        return all;
    }

    // Runs recorded in bulk (the demo's year) pass the alert rules too, so their alerts stand.
    private static List<SyncObserver> withAlerts(List<SyncObserver> observers, SyncObserver alerts) {
        List<SyncObserver> all = new ArrayList<>(observers);
        all.add(alerts);
        return all;
    }
}
