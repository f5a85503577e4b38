package net.adtelligent.ports.out;

/** Checks that one outside part answers, quickly (a health check must not hang). */
public interface HealthProbe {

    String component();

    ComponentHealth probe();
}
