package net.adtelligent.adapters.airbyte;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;

/** Component "airbyte": one attempt at reading the workspace, no retries; down at once while the breaker is open. */
final class AirbyteHealthProbe implements HealthProbe {

    private final ResilientCalls calls;
    private final String workspacePath;

    AirbyteHealthProbe(ResilientCalls calls, String workspacePath) {
        this.calls = calls;
        this.workspacePath = workspacePath;
    }

    @Override
    public String component() {
        return ResilientCalls.COMPONENT;
    }

    @Override
    public ComponentHealth probe() {
        if (calls.breakerState() == CircuitBreaker.State.OPEN) {
            return new ComponentHealth(component(), false, "circuit open after repeated failures");
        }
        try {
            calls.once(ApiRequest.get("health probe", workspacePath));
            return new ComponentHealth(component(), true, "workspace reachable");
        } catch (AirbyteRejectedException refused) {
            return new ComponentHealth(component(), false, "Airbyte refused: status " + refused.status());
        } catch (AirbyteUnavailableException unavailable) {
            return new ComponentHealth(component(), false, "unavailable");
        }
    }
}
