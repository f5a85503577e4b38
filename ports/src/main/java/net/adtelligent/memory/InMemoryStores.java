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
        return new FactStores(new InMemoryAdPerformanceStore(), new InMemoryWebAnalyticsStore(),
                new InMemorySearchConsoleStore(), new InMemoryFxRateStore(), new InMemoryConversionSettingsStore(),
                new InMemoryImportJobStore());
    }
}
