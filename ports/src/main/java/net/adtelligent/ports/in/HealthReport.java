package net.adtelligent.ports.in;

import java.util.List;
import net.adtelligent.ports.out.ComponentHealth;

/** Overall health is up only when every component is. Details never carry secrets. */
public record HealthReport(List<ComponentHealth> components) {

    public HealthReport {
        components = List.copyOf(components);
    }

    public boolean up() {
        return components.stream().allMatch(ComponentHealth::up);
    }
}
