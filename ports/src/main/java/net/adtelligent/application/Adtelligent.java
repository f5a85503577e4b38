package net.adtelligent.application;

import io.vavr.control.Option;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.alert.SyncAlertRules;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Alerts;
import net.adtelligent.ports.in.Authentication;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.OAuthConsent;
import net.adtelligent.ports.in.system.TokenUpkeep;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.OAuthPlatforms;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.in.ConversionChoices;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.IngestFacts;
import net.adtelligent.ports.in.Members;
import net.adtelligent.ports.in.PasswordReset;
import net.adtelligent.ports.in.ReadAdPerformance;
import net.adtelligent.ports.in.ReadAudit;
import net.adtelligent.ports.in.RegisterTenant;
import net.adtelligent.ports.in.Snapshots;
import net.adtelligent.ports.in.Syncs;
import net.adtelligent.ports.in.SyncNotifications;
import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.ports.in.system.AlertChecks;
import net.adtelligent.ports.in.system.ConnectionReadiness;
import net.adtelligent.ports.in.system.ExpireUploads;
import net.adtelligent.ports.in.system.ForgetWebhookDeliveries;
import net.adtelligent.ports.in.system.ImportFxRates;
import net.adtelligent.ports.in.system.ManageUsers;
import net.adtelligent.ports.in.system.RotateDataKeys;
import net.adtelligent.ports.in.system.ScheduledSnapshots;
import net.adtelligent.ports.in.system.SyncHistory;
import net.adtelligent.ports.in.system.SyncPolling;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.in.system.SystemPorts;
import net.adtelligent.ports.in.system.TenantDirectory;
import net.adtelligent.ports.out.AirbyteOrchestration;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.SnapshotRequests;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.SyncPollRequests;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * The embedding facade: give it the port implementations, get the use cases. It lives beside the
 * use cases rather than in bootstrap so a service that embeds the core takes only the adapters it uses.
 * Thread-safe once built. It holds no threads or connections of its own: {@link #close()} closes
 * what the builder was told it owns ({@link Builder#owning}), nothing else.
 *
 * <p>Over 300 lines on purpose: it is the one type an embedder meets, a one-line accessor per port
 * and the {@code Adtelligent.Builder} the embedding guide names; moving the builder out would rename
 * that public type, and splitting the accessors would scatter the one list of what the core offers.
 */
public final class Adtelligent implements AutoCloseable {

    private final UserPorts user;
    private final SystemPorts system;
    private final SyncObserver syncAlerts;
    private final Owned owned;

    private Adtelligent(Builder b) {
        UseCases uses = new UseCases(b);
        this.user = uses.user;
        this.system = uses.system;
        this.syncAlerts = uses.syncAlerts;
        this.owned = new Owned(b.owned);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The user-facing ports, each checked against the actor: all a user-facing adapter (HTTP) is given. */
    public UserPorts userPorts() {
        return user;
    }

    /** The system ports (schedulers, the CLI, start-up, an embedder's own jobs): no user's access check. */
    public SystemPorts systemPorts() {
        return system;
    }

    public RegisterTenant registerTenant() {
        return user.registerTenant();
    }

    public FindTenants findTenants() {
        return user.findTenants();
    }

    public ChangeTenant changeTenant() {
        return user.changeTenant();
    }

    public CheckHealth checkHealth() {
        return user.checkHealth();
    }

    public AccessControl accessControl() {
        return user.accessControl();
    }

    public Authentication authentication() {
        return user.authentication();
    }

    public PasswordReset passwordReset() {
        return user.passwordReset();
    }

    public Members members() {
        return user.members();
    }

    public ReadAudit readAudit() {
        return user.readAudit();
    }

    public CsvUploads csvUploads() {
        return user.csvUploads();
    }

    public IngestFacts ingestFacts() {
        return user.ingestFacts();
    }

    public ConversionChoices conversionChoices() {
        return user.conversionChoices();
    }

    public ReadAdPerformance readAdPerformance() {
        return user.readAdPerformance();
    }

    public Snapshots snapshots() {
        return user.snapshots();
    }

    public CombinedMetrics combinedMetrics() {
        return user.combinedMetrics();
    }

    public net.adtelligent.ports.in.AirbyteState airbyteState() {
        return user.airbyteState();
    }

    public Connections connections() {
        return user.connections();
    }

    public net.adtelligent.ports.in.DbtState dbtState() {
        return user.dbtState();
    }

    public OAuthConsent oauthConsent() {
        return user.oauthConsent();
    }

    public TokenUpkeep tokenUpkeep() {
        return system.tokenUpkeep();
    }

    public Syncs syncs() {
        return user.syncs();
    }

    public SyncPolling syncPolling() {
        return system.syncPolling();
    }

    public SyncSignals syncSignals() {
        return system.syncSignals();
    }

    public SyncHistory syncHistory() {
        return system.syncHistory();
    }

    public Alerts alerts() {
        return user.alerts();
    }

    public AlertChecks alertChecks() {
        return system.alertChecks();
    }

    public ForgetWebhookDeliveries forgetWebhookDeliveries() {
        return system.forgetWebhookDeliveries();
    }

    /**
     * The alert rules over sync runs, for whatever records finished runs to call inside the unit of
     * work that records each one (the sync orchestration).
     */
    public SyncObserver syncAlertRules() {
        return syncAlerts;
    }

    public SyncNotifications syncNotifications() {
        return user.syncNotifications();
    }

    public ScheduledSnapshots scheduledSnapshots() {
        return system.scheduledSnapshots();
    }

    public TenantDirectory tenantDirectory() {
        return system.tenantDirectory();
    }

    public ManageUsers manageUsers() {
        return system.manageUsers();
    }

    public ConnectionReadiness connectionReadiness() {
        return system.connectionReadiness();
    }

    public ImportFxRates importFxRates() {
        return system.importFxRates();
    }

    public ExpireUploads expireUploads() {
        return system.expireUploads();
    }

    public RotateDataKeys rotateDataKeys() {
        return system.rotateDataKeys();
    }

    public net.adtelligent.ports.in.system.ReconcileAirbyte reconcileAirbyte() {
        return system.reconcileAirbyte();
    }

    /** Closes what was given to {@link Builder#owning}, last given first; a second call does nothing. */
    @Override
    public void close() {
        owned.close();
    }

    public static final class Builder {

        Stores stores;
        Security security = Unconfigured.security();
        Mailer mailer = Unconfigured.mailer();
        SecretVault secretVault = Unconfigured.secretVault();
        byte[] fingerprintKey = randomKey();
        FactStores facts;
        Ingestion ingestion;
        UnitOfWork unitOfWork = UnitOfWork.eachCallAlone();
        Telemetry telemetry = Telemetry.NONE;
        Option<SnapshotRequests> snapshotRequests = Option.none();
        Option<AirbyteOrchestration> airbyteOrchestration = Option.none();
        Option<SyncPollRequests> syncPollRequests = Option.none();
        SyncScheduling syncScheduling = SyncScheduling.AIRBYTE;
        final List<SyncObserver> syncObservers = new ArrayList<>();
        MetricsSettings metricsSettings = MetricsSettings.DEFAULT;
        LoginLimits loginLimits = LoginLimits.DEFAULT;
        SyncAlertRules alertRules = SyncAlertRules.DEFAULT;
        URI publicUrl = URI.create("http://127.0.0.1:8080");
        Clock clock = Clock.systemUTC();
        net.adtelligent.ports.out.AirbyteProvisioning airbyteProvisioning;
        java.util.function.Function<net.adtelligent.domain.fact.Platform,
                List<net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice>> airbyteStreams = platform -> List.of();
        OAuthPlatforms oauthPlatforms = Unconfigured.oauthPlatforms();
        Option<net.adtelligent.domain.permission.RequestedScopes> consentScopes = Option.none();
        OAuthGrantStore oauthGrants = Unconfigured.oauthGrants();
        TokenAlerts tokenAlerts = Unconfigured.tokenAlerts();
        WebhookSettings webhookSettings = WebhookSettings.OFF;
        // Default: the sync poll's own, which finds the job's tenant and reads the job from Airbyte.
        Option<SyncSignals> syncSignals = Option.none();
        WebhookDeliveries webhookDeliveries = Unconfigured.webhookDeliveries();
        net.adtelligent.ports.out.ProvisioningLocks provisioningLocks = new InProcessLocks();
        final List<HealthProbe> healthProbes = new ArrayList<>();
        Option<net.adtelligent.ports.out.DbtArtifacts> dbtArtifacts = Option.none();
        net.adtelligent.domain.dbt.DbtRunRules dbtRules =
                new net.adtelligent.domain.dbt.DbtRunRules(net.adtelligent.domain.dbt.DbtRunRules.DEFAULT_STALE_AFTER);
        final List<AutoCloseable> owned = Owned.list();

        private Builder() {
        }

        /** Required: where tenants, accounts, tokens and the audit log live. */
        public Builder stores(Stores stores) {
            this.stores = Objects.requireNonNull(stores, "stores");
            return this;
        }

        /**
         * Password hashing and screening, access tokens (the adtelligent-auth module). Default: every
         * call refuses with a message naming this method, so only {@code Actor.system(...)} works.
         */
        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /** How password-reset and invitation mails go out. Default: every mail refused with a message naming this method. */
        public Builder mailer(Mailer mailer) {
            this.mailer = Objects.requireNonNull(mailer, "mailer");
            return this;
        }

        /**
         * How tenants' secrets (connection credentials) are sealed and opened: envelope encryption
         * through a key service (the adtelligent-kms module's {@code EnvelopeVault}), or the
         * in-memory vault. Default: every seal and open refused with a message naming this method.
         * Its health is not checked unless it is also given to {@link #healthProbe}.
         */
        public Builder secretVault(SecretVault vault) {
            this.secretVault = Objects.requireNonNull(vault, "vault");
            return this;
        }

        /**
         * The installation's key (32 bytes or more) for the fingerprints that show which credential
         * values are set. Fingerprints are kept with the connection when its credentials are given, so
         * a new key changes only later ones. Default: a random key of this process.
         */
        public Builder credentialFingerprintKey(byte[] key) {
            if (Objects.requireNonNull(key, "key").length < 32) {
                throw new IllegalArgumentException("a fingerprint key needs at least 32 bytes");
            }
            this.fingerprintKey = key.clone();
            return this;
        }

        private static byte[] randomKey() {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return key;
        }

        /** Required: where the unified facts, exchange rates, conversion settings and imports live. */
        public Builder facts(FactStores facts) {
            this.facts = Objects.requireNonNull(facts, "facts");
            return this;
        }

        /** Required: how users' files are read and where uploads wait (the contracts module provides the readers). */
        public Builder ingestion(Ingestion ingestion) {
            this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
            return this;
        }

        /**
         * How a use case's writes become one (a transaction of the stores' database): from the same
         * technology as {@link #stores} and {@link #facts}. Default: none, each store call keeps what it
         * wrote at once, so a failure half-way through a use case leaves its first writes behind.
         */
        public Builder unitOfWork(UnitOfWork unitOfWork) {
            this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
            return this;
        }

        /** Where the core reports what monitoring watches; default: nowhere. */
        public Builder telemetry(Telemetry telemetry) {
            this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
            return this;
        }

        /**
         * What runs snapshot generation asked for on demand (a persistent scheduler); default: the
         * asking thread generates it at once.
         */
        public Builder snapshotRequests(SnapshotRequests requests) {
            this.snapshotRequests = Option.of(Objects.requireNonNull(requests, "requests"));
            return this;
        }

        /**
         * How syncs are started and followed (the adtelligent-airbyte module's {@code AirbyteClient}).
         * Default: none, and starting a sync is refused as "Airbyte not configured".
         */
        public Builder airbyte(AirbyteOrchestration orchestration) {
            this.airbyteOrchestration = Option.of(Objects.requireNonNull(orchestration, "orchestration"));
            return this;
        }

        /** Whose schedules start syncs; default {@link SyncScheduling#AIRBYTE}. */
        public Builder syncScheduling(SyncScheduling scheduling) {
            this.syncScheduling = Objects.requireNonNull(scheduling, "scheduling");
            return this;
        }

        /**
         * What runs the reading of a tenant's syncs asked for by a signal (a persistent scheduler);
         * default: the signalling thread reads them at once.
         */
        public Builder syncPollRequests(SyncPollRequests requests) {
            this.syncPollRequests = Option.of(Objects.requireNonNull(requests, "requests"));
            return this;
        }

        /** Told of every finished sync run, inside the unit of work that records it; any number, in order given. */
        public Builder syncObserver(SyncObserver observer) {
            syncObservers.add(Objects.requireNonNull(observer, "observer"));
            return this;
        }

        public Builder metricsSettings(MetricsSettings settings) {
            this.metricsSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** How failed logins are slowed, counted in the stores' {@code loginAttempts}; default {@link LoginLimits#DEFAULT}. */
        public Builder loginLimits(LoginLimits limits) {
            this.loginLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The thresholds of the sync alert rules; default {@link SyncAlertRules#DEFAULT} (3 failures in a row). */
        public Builder alertRules(SyncAlertRules rules) {
            this.alertRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The address users open, for links in mails. */
        public Builder publicUrl(URI publicUrl) {
            this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
            return this;
        }

        /**
         * The platforms' consent screens and token endpoints (the adtelligent-oauth module). Default:
         * no platform offers consent, each saying this method is missing.
         */
        public Builder oauthPlatforms(OAuthPlatforms platforms) {
            this.oauthPlatforms = Objects.requireNonNull(platforms, "platforms");
            return this;
        }

        /**
         * The scopes consents ask for, from the permission catalogs (docs/permissions/, with their
         * overrides). Default: each connector's scopes from the connector catalog.
         */
        public Builder consentScopes(net.adtelligent.domain.permission.RequestedScopes scopes) {
            this.consentScopes = Option.of(Objects.requireNonNull(scopes, "scopes"));
            return this;
        }

        /**
         * Where consents in progress and the token alerts raised are kept: from the same technology as
         * {@link #stores} (the in-memory ones for a core in memory). Default: every call refused, naming this method.
         */
        public Builder consentStores(OAuthGrantStore grants, TokenAlerts alerts) {
            this.oauthGrants = Objects.requireNonNull(grants, "grants");
            this.tokenAlerts = Objects.requireNonNull(alerts, "alerts");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Airbyte, to set connections up in: each change of a connection creates or updates its Airbyte
         * source and connection after it is recorded. {@code streams} says which of a platform's
         * connector streams to sync and how (the streams with a data contract). Without it,
         * connections are recorded only.
         */
        public Builder airbyte(net.adtelligent.ports.out.AirbyteProvisioning airbyte,
                               java.util.function.Function<net.adtelligent.domain.fact.Platform,
                                       List<net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice>> streams) {
            this.airbyteProvisioning = Objects.requireNonNull(airbyte, "airbyte");
            this.airbyteStreams = Objects.requireNonNull(streams, "streams");
            return this;
        }

        /**
         * How one connection's Airbyte provisioning is kept to one at a time (a change, a reconcile):
         * from the same technology as {@link #stores}, so every instance shares it. Default: within
         * this process only.
         */
        public Builder provisioningLocks(net.adtelligent.ports.out.ProvisioningLocks locks) {
            this.provisioningLocks = Objects.requireNonNull(locks, "locks");
            return this;
        }

        /**
         * Airbyte's webhook ({@code userPorts().syncNotifications()}): how deliveries authenticate,
         * and where they are recorded to be passed on once (from the same technology as
         * {@link #stores}, so every instance shares it). Default: off, every delivery answered as
         * not configured.
         */
        public Builder webhook(WebhookSettings settings, WebhookDeliveries deliveries) {
            this.webhookSettings = Objects.requireNonNull(settings, "settings");
            this.webhookDeliveries = Objects.requireNonNull(deliveries, "deliveries");
            return this;
        }

        /**
         * What the webhook's deliveries are passed to, to read the job from Airbyte. Default: the sync
         * poll's, which finds the connection's tenant and reads that tenant's jobs now.
         */
        public Builder syncSignals(SyncSignals signals) {
            this.syncSignals = Option.of(Objects.requireNonNull(signals, "signals"));
            return this;
        }

        /**
         * dbt's target folder, watched: the health component {@code dbt}, the operators' overview, and
         * the alerts dbt_run_failed and dbt_run_stale (a run older than {@code staleAfter}). Default: not
         * watched, and the overview says "not configured".
         */
        public Builder dbt(net.adtelligent.ports.out.DbtArtifacts artifacts, java.time.Duration staleAfter) {
            this.dbtArtifacts = Option.of(Objects.requireNonNull(artifacts, "artifacts"));
            this.dbtRules = new net.adtelligent.domain.dbt.DbtRunRules(staleAfter);
            return this;
        }

        public Builder healthProbe(HealthProbe probe) {
            healthProbes.add(Objects.requireNonNull(probe, "probe"));
            return this;
        }

        /** A resource {@link Adtelligent#close()} closes (a database, a scheduler); closed last given first. */
        public Builder owning(AutoCloseable resource) {
            owned.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        public Adtelligent build() {
            List<String> missing = new ArrayList<>();
            if (stores == null) {
                missing.add("stores(...)");
            }
            if (facts == null) {
                missing.add("facts(...)");
            }
            if (ingestion == null) {
                missing.add("ingestion(...)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Adtelligent.builder() needs " + String.join(", ", missing));
            }
            return new Adtelligent(this);
        }
    }
}
