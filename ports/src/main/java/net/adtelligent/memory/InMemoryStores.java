package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;

/** Every store in memory, gone when the JVM stops: for tests and tools that keep nothing. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static Stores create() {
        return new Stores(new InMemoryTenantStore(), new InMemoryUserStore(), new InMemoryMembershipStore(),
                new InMemoryRefreshTokenStore(), new InMemoryOneTimeTokenStore(), new InMemoryInvitationStore(),
                new InMemoryAuditLog());
    }

    public static FactStores facts() {
        InMemoryAdPerformanceStore ads = new InMemoryAdPerformanceStore();
        InMemoryWebAnalyticsStore web = new InMemoryWebAnalyticsStore();
        InMemorySearchConsoleStore search = new InMemorySearchConsoleStore();
        return new FactStores(ads, web, search, new InMemoryFxRateStore(), new InMemoryConversionSettingsStore(),
                new InMemoryImportJobStore(), new InMemoryMetricsWarehouse(ads, web, search), new InMemorySnapshotStore(),
                new InMemoryAlertSink());
    }
}
