package net.adtelligent.application;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Authentication;
import net.adtelligent.ports.in.ChangeTenant;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.ConversionChoices;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.FindTenants;
import net.adtelligent.ports.in.ImportFxRates;
import net.adtelligent.ports.in.IngestFacts;
import net.adtelligent.ports.in.ManageUsers;
import net.adtelligent.ports.in.Members;
import net.adtelligent.ports.in.PasswordReset;
import net.adtelligent.ports.in.ReadAdPerformance;
import net.adtelligent.ports.in.ReadAudit;
import net.adtelligent.ports.in.RegisterTenant;
import net.adtelligent.ports.in.Snapshots;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.SnapshotRequests;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * The embedding facade: give it the port implementations, get the use cases. It lives beside the
 * use cases rather than in bootstrap so a service that embeds the core takes only the adapters it uses.
 * Thread-safe once built. It holds no threads or connections of its own: {@link #close()} closes
 * what the builder was told it owns ({@link Builder#owning}), nothing else.
 */
public final class Adtelligent implements AutoCloseable {

    private final TenantService tenants;
    private final HealthService health;
    private final AccessService access;
    private final AuthService auth;
    private final PasswordResetService passwordReset;
    private final Accounts accounts;
    private final MemberService members;
    private final AuditService audit;
    private final CsvUploadService uploads;
    private final IngestService ingest;
    private final ConversionChoiceService conversions;
    private final FxRateService fxRates;
    private final AdPerformanceReader adPerformance;
    private final SnapshotService snapshots;
    private final CombinedMetricsService combined;
    private final Owned owned;

    private Adtelligent(Builder b) {
        Stores s = b.stores;
        Security sec = b.security;
        UnitOfWork units = b.unitOfWork;
        AuditTrail trail = new AuditTrail(s.auditLog(), b.clock);
        Passwords passwords = new Passwords(sec.passwordHasher(), sec.passwordScreen());
        this.access = new AccessService(s.tenants(), s.memberships());
        this.tenants = new TenantService(s.tenants(), s.memberships(), access, units, trail, b.clock);
        this.health = new HealthService(b.healthProbes);
        this.auth = new AuthService(s.users(), s.refreshTokens(), sec.passwordHasher(), sec.accessTokens(), units, trail,
                b.clock);
        this.passwordReset = new PasswordResetService(s.users(), s.oneTimeTokens(), s.refreshTokens(), passwords,
                b.mailer, b.publicUrl, units, trail, b.clock);
        this.accounts = new Accounts(s.users(), s.memberships(), s.tenants(), passwords, units, trail, b.clock);
        this.members = new MemberService(accounts, s.users(), s.memberships(), s.invitations(), access, b.mailer,
                b.publicUrl, units, trail, b.clock);
        this.audit = new AuditService(s.auditLog(), access);
        FactStores f = b.facts;
        this.uploads = new CsvUploadService(b.ingestion, f.importJobs(), f.adPerformance(), access, units, trail, b.clock);
        this.ingest = new IngestService(f, access, units, trail);
        this.conversions = new ConversionChoiceService(b.ingestion.conversionCatalog(), f.conversionSettings(), access,
                units, trail);
        this.fxRates = new FxRateService(f.fxRates(), units, trail);
        this.adPerformance = new AdPerformanceReader(f.adPerformance(), f.fxRates(), access);
        this.snapshots = new SnapshotService(f, s.tenants(), access, b.snapshotRequests, b.telemetry, b.metricsSettings,
                b.clock);
        this.combined = new CombinedMetricsService(f, access, snapshots, b.metricsSettings, b.clock);
        this.owned = new Owned(b.owned);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RegisterTenant registerTenant() {
        return tenants;
    }

    public FindTenants findTenants() {
        return tenants;
    }

    public ChangeTenant changeTenant() {
        return tenants;
    }

    public CheckHealth checkHealth() {
        return health;
    }

    public AccessControl accessControl() {
        return access;
    }

    public Authentication authentication() {
        return auth;
    }

    public PasswordReset passwordReset() {
        return passwordReset;
    }

    public ManageUsers manageUsers() {
        return accounts;
    }

    public Members members() {
        return members;
    }

    public ReadAudit readAudit() {
        return audit;
    }

    public CsvUploads csvUploads() {
        return uploads;
    }

    public IngestFacts ingestFacts() {
        return ingest;
    }

    public ConversionChoices conversionChoices() {
        return conversions;
    }

    public ImportFxRates importFxRates() {
        return fxRates;
    }

    public ReadAdPerformance readAdPerformance() {
        return adPerformance;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    public CombinedMetrics combinedMetrics() {
        return combined;
    }

    /** Closes what was given to {@link Builder#owning}, last given first; a second call does nothing. */
    @Override
    public void close() {
        owned.close();
    }

    public static final class Builder {

        private Stores stores;
        private Security security = Unconfigured.security();
        private Mailer mailer = Unconfigured.mailer();
        private FactStores facts;
        private Ingestion ingestion;
        private UnitOfWork unitOfWork = UnitOfWork.eachCallAlone();
        private Telemetry telemetry = Telemetry.NONE;
        private Option<SnapshotRequests> snapshotRequests = Option.none();
        private MetricsSettings metricsSettings = MetricsSettings.DEFAULT;
        private URI publicUrl = URI.create("http://127.0.0.1:8080");
        private Clock clock = Clock.systemUTC();
        private final List<HealthProbe> healthProbes = new ArrayList<>();
        private final List<AutoCloseable> owned = Owned.list();

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

        public Builder metricsSettings(MetricsSettings settings) {
            this.metricsSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The address users open, for links in mails. */
        public Builder publicUrl(URI publicUrl) {
            this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
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
