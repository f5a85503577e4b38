package net.adtelligent.adapters.http;

import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;

/** A health probe whose answer the test decides, and may change while the server runs. */
final class FixedProbe implements HealthProbe {

    final AtomicBoolean up;
    private final String component;

    FixedProbe(String component, boolean up) {
        this.component = component;
        this.up = new AtomicBoolean(up);
    }

    @Override
    public String component() {
        return component;
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(component, up.get(), up.get() ? "answers" : "does not answer");
    }
}
