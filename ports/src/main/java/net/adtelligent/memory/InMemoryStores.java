package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;

/** Every store in memory, gone when the JVM stops: for tests and tools that keep nothing. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static Stores create() {
        return new Stores(new InMemoryTenantStore(), new InMemoryUserStore(), new InMemoryMembershipStore(),
                new InMemoryRefreshTokenStore(), new InMemoryOneTimeTokenStore(), new InMemoryInvitationStore(),
                new InMemoryAuditLog(), new InMemoryLoginAttempts(),
                new InMemoryConnectionStore(), new InMemorySyncRunStore());
    }

    /**
     * Units of work over in-memory stores: any of them, as every in-memory store notes its changes
     * in the journal of the unit open on its thread. Give one instance to one core: its lock is what
     * keeps the core's units from interleaving.
     */
    public static UnitOfWork unitOfWork() {
        return new InMemoryUnitOfWork();
    }

    public static FactStores facts() {
        InMemoryAdPerformanceStore ads = new InMemoryAdPerformanceStore();
        InMemoryWebAnalyticsStore web = new InMemoryWebAnalyticsStore();
        InMemorySearchConsoleStore search = new InMemorySearchConsoleStore();
        return new FactStores(ads, web, search, new InMemoryFxRateStore(), new InMemoryConversionSettingsStore(),
                new InMemoryImportJobStore(), new InMemoryMetricsWarehouse(ads, web, search), new InMemorySnapshotStore(),
                new InMemoryAlertStore());
    }
}
