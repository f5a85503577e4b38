package net.adtelligent.ports.out;

import java.util.Objects;

/** Where the unified facts, exchange rates, their settings and what is computed from them live: one implementation of each port. */
public record FactStores(AdPerformanceStore adPerformance, WebAnalyticsStore webAnalytics,
                         SearchConsoleStore searchConsole, FxRateStore fxRates,
                         ConversionSettingsStore conversionSettings, ImportJobStore importJobs,
                         MetricsWarehouse warehouse, SnapshotStore snapshots, AlertStore alerts) {

    public FactStores {
        Objects.requireNonNull(adPerformance, "adPerformance");
        Objects.requireNonNull(webAnalytics, "webAnalytics");
        Objects.requireNonNull(searchConsole, "searchConsole");
        Objects.requireNonNull(fxRates, "fxRates");
        Objects.requireNonNull(conversionSettings, "conversionSettings");
        Objects.requireNonNull(importJobs, "importJobs");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(alerts, "alerts");
    }
}
