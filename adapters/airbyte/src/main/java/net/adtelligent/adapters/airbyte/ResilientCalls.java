package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call goes through here: retries outside, the circuit breaker inside, so each attempt
 * counts towards the breaker and an open breaker ends the call at once instead of being retried.
 * Only failures of Airbyte itself open it; a refusal (4xx) shows Airbyte is alive. Each call is
 * reported to telemetry with its operation, outcome and time, retries and breaker changes too.
 */
final class ResilientCalls {

    static final String COMPONENT = "airbyte";
    private static final Logger log = LoggerFactory.getLogger(ResilientCalls.class);

    private final AirbyteHttp http;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Telemetry telemetry;

    ResilientCalls(AirbyteHttp http, ResiliencePolicy policy, Telemetry telemetry, DoubleSupplier random) {
        this.http = http;
        this.telemetry = telemetry;
        this.breaker = CircuitBreaker.of(COMPONENT, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(policy.breakerWindow())
                .minimumNumberOfCalls(policy.breakerMinimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(policy.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(failure -> failure instanceof AirbyteUnavailableException)
                .build());
        this.retry = Retry.of(COMPONENT, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalBiFunction(new FullJitterBackoff(policy.backoffBase(), policy.backoffCap(), random))
                .retryOnException(failure -> failure instanceof AirbyteUnavailableException unavailable && unavailable.retryable())
                .build());
        retry.getEventPublisher().onRetry(event -> telemetry.outsideCallRetried(COMPONENT));
        breaker.getEventPublisher().onStateTransition(event -> {
            String state = event.getStateTransition().getToState().name().toLowerCase(Locale.ROOT);
            log.warn("Airbyte circuit breaker is now {}", state);
            telemetry.circuitBreakerState(COMPONENT, state);
        });
        telemetry.circuitBreakerState(COMPONENT, "closed");
    }

    /** With retries; empty only for a 404 when {@code absentIsEmpty}. */
    Optional<JsonNode> call(ApiRequest request, boolean absentIsEmpty) {
        return measured(request, Retry.decorateSupplier(retry, guarded(() -> http.attempt(request, absentIsEmpty))));
    }

    /** One attempt, no retry: for the health probe, which must answer quickly. */
    Optional<JsonNode> once(ApiRequest request) {
        return measured(request, guarded(() -> http.attempt(request, false)));
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private Supplier<Optional<JsonNode>> guarded(Supplier<Optional<JsonNode>> attempt) {
        Supplier<Optional<JsonNode>> decorated = CircuitBreaker.decorateSupplier(breaker, attempt);
        return () -> {
            try {
                return decorated.get();
            } catch (CallNotPermittedException open) {
                throw AirbyteUnavailableException.lasting("Airbyte failed repeatedly; not asked again for now (circuit open)", open);
            }
        };
    }

    private Optional<JsonNode> measured(ApiRequest request, Supplier<Optional<JsonNode>> call) {
        long start = System.nanoTime();
        String outcome = "unavailable";
        try {
            Optional<JsonNode> answer = call.get();
            outcome = "ok";
            return answer;
        } catch (AirbyteRejectedException refused) {
            outcome = "rejected";
            throw refused;
        } finally {
            telemetry.outsideCall(COMPONENT, request.operation(), outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
