package net.adtelligent.domain.permission;

import java.util.List;

/** The outcome of the drift check: each platform's state, and every difference found (none: in step). */
public record DriftReport(List<PlatformState> platforms, List<Difference> differences) {

    public DriftReport {
        platforms = List.copyOf(platforms);
        differences = List.copyOf(differences);
    }

    public boolean inStep() {
        return differences.isEmpty();
    }
}
