package net.adtelligent.adapters.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the core reports, recorded as Dropwizard metrics (names in {@link MetricFamily}). Label
 * values are kept bounded: tenants and alert kinds are finite, HTTP methods outside the standard
 * set count as OTHER, and past {@link #MAX_ROUTES} method+route pairs new ones count as route
 * "other", so a caller passing raw paths by mistake cannot grow the registry without end.
 */
public final class DropwizardTelemetry implements Telemetry {

    static final int MAX_ROUTES = 200;
    static final String OTHER_ROUTE = "other";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> BREAKER_STATES = List.of("closed", "open", "half_open", "other");
    private static final Set<String> WEBHOOK_OUTCOMES = Set.of("signalled", "repeated", "unknown_connection",
            "signal_failed", "not_recorded", "backlogged", "not_authentic", "malformed", "not_configured");
    private static final Logger log = LoggerFactory.getLogger(DropwizardTelemetry.class);

    private final MetricRegistry registry;
    private final Clock clock;
    private final Map<TenantId, AtomicReference<Instant>> lastSnapshot = new ConcurrentHashMap<>();
    private final Set<String> routes = ConcurrentHashMap.newKeySet();
    /** Every request updates one of these: found by method and route, not by building its name again. */
    private final Map<String, Timer> routeTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> responses = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    private final Map<String, AtomicReference<String>> breakerStates = new ConcurrentHashMap<>();

    /** {@code clock} measures snapshot ages at scrape time; an embedder may pass its own registry. */
    public DropwizardTelemetry(MetricRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void snapshotGenerated(TenantId tenant, Duration took, Instant at) {
        quietly(() -> {
            registry.timer(MetricFamily.SNAPSHOT_DURATION.series()).update(took.toNanos(), TimeUnit.NANOSECONDS);
            lastSuccess(tenant, at);
        });
    }

    @Override
    public void snapshotFailed(TenantId tenant, int attempt) {
        quietly(() -> registry.counter(MetricFamily.SNAPSHOT_FAILURES.series()).inc());
    }

    @Override
    public void snapshotAge(TenantId tenant, Duration age) {
        quietly(() -> lastSuccess(tenant, clock.instant().minus(age)));
    }

    @Override
    public void alertRaised(String kind) {
        quietly(() -> registry.counter(MetricFamily.ALERTS.series(kind)).inc());
    }

    @Override
    public void httpRequest(String method, String route, int status, Duration took) {
        quietly(() -> {
            String upper = method.toUpperCase(Locale.ROOT);
            String knownMethod = METHODS.contains(upper) ? upper : "OTHER";
            String bounded = bounded(knownMethod, route);
            routeTimers.computeIfAbsent(knownMethod + ' ' + bounded, key -> registry.timer(
                            MetricFamily.HTTP_REQUEST_DURATION.series(knownMethod, bounded), DropwizardTelemetry::timer))
                    .update(took.toNanos(), TimeUnit.NANOSECONDS);
            responses.computeIfAbsent(statusClass(status),
                    statusClass -> registry.counter(MetricFamily.HTTP_RESPONSES.series(statusClass))).inc();
        });
    }

    /** Components and operations are fixed names in adapters' code, so their label values stay few. */
    @Override
    public void outsideCall(String component, String operation, String outcome, Duration took) {
        quietly(() -> registry.timer(MetricFamily.OUTSIDE_CALL_DURATION.series(component, operation, outcome),
                DropwizardTelemetry::timer).update(took.toNanos(), TimeUnit.NANOSECONDS));
    }

    @Override
    public void outsideCallRetried(String component) {
        quietly(() -> registry.counter(MetricFamily.OUTSIDE_CALL_RETRIES.series(component)).inc());
    }

    /** Outcomes are the webhook use case's fixed words; anything else counts as "other". */
    @Override
    public void webhookDelivery(String outcome) {
        quietly(() -> registry.counter(MetricFamily.WEBHOOK_DELIVERIES.series(
                WEBHOOK_OUTCOMES.contains(outcome) ? outcome : "other")).inc());
    }

    /** One gauge per known state, 1 for the current one: alert rules can match {@code state="open"} directly. */
    @Override
    public void circuitBreakerState(String component, String state) {
        quietly(() -> breakerStates.computeIfAbsent(component, name -> {
            AtomicReference<String> current = new AtomicReference<>();
            for (String known : BREAKER_STATES) {
                Gauge<Integer> inState = () -> known.equals(current.get()) ? 1 : 0;
                registry.gauge(MetricFamily.CIRCUIT_BREAKER_STATE.series(name, known), () -> inState);
            }
            return current;
        }).set(BREAKER_STATES.contains(state) ? state : "other"));
    }

    private String bounded(String method, String route) {
        String key = method + ' ' + route;
        if (routes.contains(key) || routes.size() < MAX_ROUTES && routes.add(key)) {
            return route;
        }
        return OTHER_ROUTE;
    }

    /**
     * Request timers take an update from every request thread at once: the lock-free reservoir
     * (same exponentially decaying sample as Dropwizard's default) keeps them from queueing on a lock.
     */
    private static Timer timer() {
        return new Timer(LockFreeExponentiallyDecayingReservoir.builder().build());
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }

    /**
     * Keeps the newest success instant, whichever report brings it, and lets the gauge age it at
     * scrape time: a silent scheduler still shows a growing age, so the stale alert does not
     * depend on the code whose failure it should catch.
     */
    private void lastSuccess(TenantId tenant, Instant at) {
        lastSnapshot.computeIfAbsent(tenant, id -> {
            AtomicReference<Instant> last = new AtomicReference<>(at);
            Gauge<Double> age = () -> ageSeconds(last.get());
            registry.gauge(MetricFamily.SNAPSHOT_AGE.series(id.value().toString()), () -> age);
            return last;
        }).accumulateAndGet(at, (current, reported) -> reported.isAfter(current) ? reported : current);
    }

    // A snapshot stamped by a host whose clock runs ahead would read as a negative age.
    private double ageSeconds(Instant last) {
        return Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
    }

    /** Telemetry must never break the work it observes (see the port); one warning says it went wrong. */
    private void quietly(Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("telemetry could not record a metric; later failures are logged at debug", e);
            } else {
                log.debug("telemetry could not record a metric", e);
            }
        }
    }
}
