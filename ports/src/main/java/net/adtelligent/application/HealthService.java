package net.adtelligent.application;

import java.util.List;
import net.adtelligent.ports.in.CheckHealth;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class HealthService implements CheckHealth {

    private static final Logger log = LoggerFactory.getLogger(HealthService.class);

    private final List<HealthProbe> probes;

    HealthService(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public HealthReport check() {
        return new HealthReport(probes.stream().map(HealthService::probeSafely).toList());
    }

    private static ComponentHealth probeSafely(HealthProbe probe) {
        try {
            return probe.probe();
        } catch (RuntimeException failure) {
            // The exception text may name hosts or users: log it, show only that the part is down.
            log.warn("health probe failed component={}", probe.component(), failure);
            return new ComponentHealth(probe.component(), false, "unreachable");
        }
    }
}
