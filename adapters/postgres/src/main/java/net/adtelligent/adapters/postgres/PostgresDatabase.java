package net.adtelligent.adapters.postgres;

import com.github.benmanes.caffeine.cache.Ticker;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.AlertStore;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.OAuthGrantStore;
import net.adtelligent.ports.out.TokenAlerts;
import net.adtelligent.ports.out.ConversionSettingsStore;
import net.adtelligent.ports.out.DataKeyStore;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.FxRateStore;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.ImportJobStore;
import net.adtelligent.ports.out.InvitationStore;
import net.adtelligent.ports.out.LoginAttempts;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.MetricsWarehouse;
import net.adtelligent.ports.out.OneTimeTokenStore;
import net.adtelligent.ports.out.RefreshTokenStore;
import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.SnapshotStore;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.ports.out.UserStore;
import net.adtelligent.ports.out.ProvisioningLocks;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebAnalyticsStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * One PostgreSQL database: its schema (migrations, run as the owner) and the stores built on the
 * service pool (run as the application role). Open once at start-up, close at shutdown.
 * Over 300 lines because it is the adapter's one entry point: a two-line factory per store, so an
 * embedder finds every store of this technology in one list.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final PostgresSettings settings;
    private final DataSource owner;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Transactions transactions;
    private final HikariDataSource filePool;
    private final Transactions fileTransactions;
    private final RecentReads<Slug, Option<Tenant>> tenantsBySlug;
    private final RecentReads<UserId, Option<User>> usersById;
    private final RecentReads<PostgresMembershipStore.Key, Option<Membership>> memberships;
    private final RecentReads<TenantId, Option<Long>> newestSnapshots;

    private PostgresDatabase(PostgresSettings settings, DataSource owner, HikariDataSource pool, Duration readCache,
                             Ticker ticker) {
        this.settings = settings;
        this.owner = owner;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
        // JDBI's messages would list every bound value (emails, uploaded cells) for any log to print.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.transactions = new Transactions(jdbi, PostgresUnavailableException.endpoint(settings.jdbcUrl()));
        this.filePool = Connections.forFiles(settings);
        Jdbi files = Jdbi.create(filePool).installPlugin(new PostgresPlugin());
        files.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        // Never inside a unit of work: file chunks are read while a unit's connection is busy copying rows.
        this.fileTransactions = new Transactions(files, PostgresUnavailableException.endpoint(settings.jdbcUrl()));
        this.tenantsBySlug = RecentReads.keptFor(readCache, ticker, transactions,
                slug -> PostgresTenantStore.read(transactions, slug));
        this.usersById = RecentReads.keptFor(readCache, ticker, transactions, id -> PostgresUserStore.read(transactions, id));
        this.memberships = RecentReads.keptFor(readCache, ticker, transactions,
                key -> PostgresMembershipStore.read(transactions, key));
        this.newestSnapshots = RecentReads.keptFor(readCache, ticker, transactions,
                tenant -> PostgresSnapshotStore.newestId(transactions, tenant));
    }

    /**
     * Logs in once to prove the address and the credentials, then builds the pool.
     *
     * @throws PostgresUnavailableException within seconds when the database cannot be reached (worth trying again)
     * @throws PostgresLoginException when the server refuses the login or has no such database (a setting to fix)
     */
    public static PostgresDatabase open(PostgresSettings settings) {
        return open(settings, Duration.ZERO);
    }

    /**
     * As {@link #open(PostgresSettings)}, keeping the answers of the lookups every signed-in request
     * makes (tenant by slug, membership, account, newest snapshot id) for at most {@code readCache}.
     * Writes through this database's stores forget what they change at once; changes made by another
     * process (a second instance, SQL by hand) are seen within {@code readCache}: a removed member may
     * still read for that long there. Zero keeps nothing.
     */
    public static PostgresDatabase open(PostgresSettings settings, Duration readCache) {
        return open(settings, readCache, Ticker.systemTicker());
    }

    /** For tests: the read cache's time told by {@code ticker} (nanoseconds). */
    static PostgresDatabase open(PostgresSettings settings, Duration readCache, Ticker ticker) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(readCache, "readCache");
        if (readCache.isNegative()) {
            throw new IllegalArgumentException("the read cache's time must not be negative: " + readCache);
        }
        DataSource owner = Connections.asOwner(settings);
        Connections.check(owner, settings);
        return new PostgresDatabase(settings, owner, Connections.asApplication(settings), readCache, ticker);
    }

    /**
     * Brings the schema up to date from classpath:db/migration; does nothing when it already is.
     *
     * @throws PostgresSetupException when the application role is missing and the owner may not create it
     *                                (the message gives the SQL a DBA runs once)
     * @throws PostgresMigrationException when a migration fails or the schema is not one these migrations know
     * @throws PostgresUnavailableException when the database cannot be reached
     */
    public void migrate() {
        AppRole.requireUsable(owner, settings);
        try {
            // Through slf4j whatever else is on the host's classpath; progress at INFO, but neither the
            // result tables of the migrations' selects nor the server's notices ("… does not exist,
            // skipping"; db/migration/afterConnect.sql), which say nothing to whoever reads the host's log.
            Flyway.configure()
                    .loggers("slf4j")
                    .outputQueryResults(false)
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", settings.appRole()))
                    .validateMigrationNaming(true)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException failure) {
            RuntimeException explained = AppRole.explain(owner, settings, failure);
            throw explained != failure ? explained
                    : PostgresMigrationException.of(PostgresUnavailableException.endpoint(settings.jdbcUrl()), failure);
        }
    }

    public TenantStore tenantStore() {
        return new PostgresTenantStore(transactions, tenantsBySlug);
    }

    public UserStore userStore() {
        return new PostgresUserStore(transactions, usersById);
    }

    public MembershipStore membershipStore() {
        return new PostgresMembershipStore(transactions, memberships);
    }

    public RefreshTokenStore refreshTokenStore() {
        return new PostgresRefreshTokenStore(transactions);
    }

    public OneTimeTokenStore oneTimeTokenStore() {
        return new PostgresOneTimeTokenStore(transactions);
    }

    public InvitationStore invitationStore() {
        return new PostgresInvitationStore(transactions);
    }

    /** Login attempts every instance on this database counts against (not tenant-scoped). */
    public LoginAttempts loginAttempts() {
        return new PostgresLoginAttempts(transactions);
    }

    /** One connection's Airbyte provisioning at a time across every instance on this database. */
    public ProvisioningLocks provisioningLocks() {
        return new PostgresProvisioningLocks(owner, PostgresUnavailableException.endpoint(settings.jdbcUrl()));
    }

    /** The deliveries of Airbyte's webhook every instance on this database shares (not tenant-scoped). */
    public WebhookDeliveries webhookDeliveries() {
        return new PostgresWebhookDeliveries(transactions);
    }

    public AuditLog auditLog() {
        return new PostgresAuditLog(transactions);
    }

    public AdPerformanceStore adPerformanceStore() {
        return new PostgresAdPerformanceStore(transactions);
    }

    public WebAnalyticsStore webAnalyticsStore() {
        return new PostgresWebAnalyticsStore(transactions);
    }

    public SearchConsoleStore searchConsoleStore() {
        return new PostgresSearchConsoleStore(transactions);
    }

    public FxRateStore fxRateStore() {
        return new PostgresFxRateStore(transactions);
    }

    public ImportJobStore importJobStore() {
        return new PostgresImportJobStore(transactions);
    }

    /**
     * Uploaded files in this database, seen by every instance of the service that uses it, for
     * {@code Ingestion}: the service's upload storage.
     */
    public UploadStorage uploadStorage() {
        return new PostgresUploadStorage(fileTransactions);
    }

    public ConversionSettingsStore conversionSettingsStore() {
        return new PostgresConversionSettingsStore(transactions);
    }

    /** Each tenant's wrapped data keys, for the secret vault of adtelligent-kms ({@code EnvelopeVault}). */
    public DataKeyStore dataKeyStore() {
        return new PostgresDataKeyStore(transactions);
    }

    /** The fact tables summed where they are, for snapshots and the combined view. */
    public MetricsWarehouse metricsWarehouse() {
        return metricsWarehouse(FactsSource.application());
    }

    /** The sums read from {@code source}: the application's tables, or dbt's marts (see {@link FactsSource}). */
    public MetricsWarehouse metricsWarehouse(FactsSource source) {
        return new PostgresMetricsWarehouse(transactions, source);
    }

    public ConnectionStore connectionStore() {
        return new PostgresConnectionStore(transactions);
    }

    /** OAuth consents in progress, for {@code Adtelligent.builder().consentStores(...)}. */
    public OAuthGrantStore oauthGrantStore() {
        return new PostgresOAuthGrantStore(transactions);
    }

    /** Token alerts raised once per episode, for {@code Adtelligent.builder().consentStores(...)}. */
    public TokenAlerts tokenAlerts() {
        return new PostgresTokenAlerts(transactions);
    }

    public SyncRunStore syncRunStore() {
        return new PostgresSyncRunStore(transactions);
    }

    public SnapshotStore snapshotStore() {
        return new PostgresSnapshotStore(transactions, newestSnapshots);
    }

    /** Where alerts are raised and resolved: {@link #alertStore()} seen as its narrower port. */
    public AlertSink alertSink() {
        return alertStore();
    }

    /** Alert episodes, a raise deciding by {@link AlertPolicy#DEFAULT}. */
    public AlertStore alertStore() {
        return alertStore(AlertPolicy.DEFAULT);
    }

    public AlertStore alertStore(AlertPolicy policy) {
        return new PostgresAlertStore(transactions, policy);
    }

    /**
     * One transaction per use case, joined by every store of this database, for
     * {@code Adtelligent.builder().unitOfWork(...)}.
     */
    public UnitOfWork unitOfWork() {
        return new PostgresUnitOfWork(transactions);
    }

    /** Every store of tenants, accounts and the audit log, for {@code Adtelligent.builder().stores(...)}. */
    public Stores stores() {
        return new Stores(tenantStore(), userStore(), membershipStore(), refreshTokenStore(), oneTimeTokenStore(),
                invitationStore(), auditLog(), loginAttempts(),
                connectionStore(), syncRunStore());
    }

    /**
     * Every store of facts, rates, conversion settings and imports, and of what is computed from
     * them (sums, snapshots, alerts), for {@code Adtelligent.builder().facts(...)}.
     */
    public FactStores factStores() {
        return factStores(AlertPolicy.DEFAULT);
    }

    /** As {@link #factStores()}, with alert raises deciding by {@code alertPolicy}. */
    public FactStores factStores(AlertPolicy alertPolicy) {
        return factStores(alertPolicy, FactsSource.application());
    }

    /** As {@link #factStores(AlertPolicy)}, the sums read from {@code source}; every write still goes to the application's tables. */
    public FactStores factStores(AlertPolicy alertPolicy, FactsSource source) {
        return new FactStores(adPerformanceStore(), webAnalyticsStore(), searchConsoleStore(), fxRateStore(),
                conversionSettingsStore(), importJobStore(), metricsWarehouse(source), snapshotStore(),
                alertStore(alertPolicy));
    }

    public HealthProbe healthProbe() {
        return new PostgresHealthProbe(jdbi);
    }

    /**
     * The service pool (connections as the application role), for work that runs beside the stores
     * on the same connections: the scheduler of adtelligent-postgres-scheduling. Closed with this database.
     */
    public DataSource applicationDataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        filePool.close();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Transactions transactions() {
        return transactions;
    }

    /** The schema owner's connections, for test fixtures that need DDL. */
    DataSource owner() {
        return owner;
    }
}
