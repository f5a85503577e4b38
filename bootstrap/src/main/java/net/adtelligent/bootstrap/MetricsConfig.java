package net.adtelligent.bootstrap;

import java.time.Duration;
import java.util.Optional;
import net.adtelligent.adapters.postgres.scheduling.SchedulingSettings;
import net.adtelligent.application.MetricsSettings;
import net.adtelligent.domain.metrics.Staleness;

/**
 * Snapshots, their schedule and monitoring, from ADT_SNAPSHOT_*, ADT_METRICS_* and ADT_ALERT_* (durations in
 * ISO-8601, e.g. PT1H). /metrics/app/ is served on the API's port to callers with ADT_METRICS_TOKEN
 * (without it, 404), or with ADT_METRICS_PORT on a listener of its own at ADT_METRICS_HOST
 * (127.0.0.1 unless set), where the token is asked for when it is set.
 */
public record MetricsConfig(MetricsSettings metrics, SchedulingSettings scheduling, Optional<String> metricsToken,
                            Optional<Integer> metricsPort, String metricsHost, AlertConfig alerts) {

    static final String DEFAULT_METRICS_HOST = "127.0.0.1";

    static MetricsConfig from(Env env) {
        SchedulingSettings defaults = SchedulingSettings.DEFAULT;
        Staleness.Thresholds stale = Staleness.Thresholds.DEFAULT;
        MetricsSettings metrics = new MetricsSettings(
                env.integer("ADT_SNAPSHOT_DAYS", MetricsSettings.DEFAULT.snapshotDays(), 1, 3660),
                env.integer("ADT_METRICS_MAX_DAYS", MetricsSettings.DEFAULT.maxQueryDays(), 1, 3660),
                new Staleness.Thresholds(env.duration("ADT_SNAPSHOT_MAX_AGE", stale.snapshotMaxAge()),
                        env.duration("ADT_SOURCE_MAX_AGE", stale.sourceMaxAge())));
        try {
            SchedulingSettings scheduling = new SchedulingSettings(
                    env.duration("ADT_SNAPSHOT_INTERVAL", defaults.interval()),
                    env.duration("ADT_STALE_CHECK_INTERVAL", defaults.staleCheckInterval()),
                    env.duration("ADT_SNAPSHOT_RETRY_BASE", defaults.retryBase()),
                    env.duration("ADT_SNAPSHOT_RETRY_CAP", defaults.retryCap()),
                    env.integer("ADT_SNAPSHOT_RETRY_ATTEMPTS", defaults.attempts(), 1, 100),
                    env.integer("ADT_SNAPSHOT_THREADS", defaults.threads(), 1, 64),
                    defaults.pollingInterval());
            Optional<Integer> port = env.optional("ADT_METRICS_PORT").isEmpty() ? Optional.empty()
                    : Optional.of(env.integer("ADT_METRICS_PORT", 0, 0, 65_535));
            return new MetricsConfig(metrics, scheduling, env.optional("ADT_METRICS_TOKEN"), port,
                    env.text("ADT_METRICS_HOST", DEFAULT_METRICS_HOST), AlertConfig.from(env));
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_SNAPSHOT_*: " + bad.getMessage(), bad);
        }
    }

    @Override
    public String toString() {
        return "MetricsConfig[" + metrics + ", " + scheduling + ", metricsToken=" + (metricsToken.isPresent() ? "***" : "none")
                + ", metricsPort=" + metricsPort.map(String::valueOf).orElse("none") + ", metricsHost=" + metricsHost + ", " + alerts + "]";
    }
}
