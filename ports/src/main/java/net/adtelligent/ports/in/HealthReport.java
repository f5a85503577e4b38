package net.adtelligent.ports.in;

import java.util.List;
import java.util.Set;
import net.adtelligent.ports.out.ComponentHealth;

/** Overall health is up only when every component is. Details never carry secrets. */
public record HealthReport(List<ComponentHealth> components) {

    /**
     * What an instance cannot serve a single request without. Every other part (mail, the key
     * service, Airbyte, dbt) is shared by all instances and needed by a few operations only, which
     * answer 503 by themselves while it is down: taking instances out of a load balancer for it
     * would turn one part's outage into a total one.
     */
    public static final Set<String> NEEDED_TO_SERVE = Set.of("database");

    public HealthReport {
        components = List.copyOf(components);
    }

    public boolean up() {
        return components.stream().allMatch(ComponentHealth::up);
    }

    /** Up when every component {@link #NEEDED_TO_SERVE} is, whatever the others' state. */
    public boolean ready() {
        return components.stream().filter(component -> NEEDED_TO_SERVE.contains(component.component()))
                .allMatch(ComponentHealth::up);
    }
}
