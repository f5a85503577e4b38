package net.adtelligent.ports.in;

public interface CheckHealth {

    /** Asks every component once; never throws, a failing component is reported as down. */
    HealthReport check();
}
