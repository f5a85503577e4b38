package net.adtelligent.adapters.http.operations;

import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;

/** A health probe whose answer the test decides, and may change while the server runs. */
public final class FixedProbe implements HealthProbe {

    public final AtomicBoolean up;
    private final String component;

    public FixedProbe(String component, boolean up) {
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
