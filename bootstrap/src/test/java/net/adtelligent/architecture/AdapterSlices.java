package net.adtelligent.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * One slice per adapter, with contracts as one more: it stands like an adapter (docs/architecture.md, "Dependency rules") but
 * lives outside net.adtelligent.adapters, so a plain {@code slices().matching(..)} cannot hold it.
 * Adapters are sliced by package name, so a new one (adapters/metrics) is its own slice without an
 * entry here; ArchitectureRulesCatchViolationsTest checks that for the metrics adapter.
 */
final class AdapterSlices implements SliceAssignment {

    private static final PackageMatcher ADAPTER = PackageMatcher.of("net.adtelligent.adapters.(*)..");
    private static final PackageMatcher CONTRACTS = PackageMatcher.of("net.adtelligent.contracts..");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (CONTRACTS.matches(packageName)) {
            return SliceIdentifier.of("contracts");
        }
        return ADAPTER.match(packageName)
                .map(result -> SliceIdentifier.of("adapters." + result.getGroup(1)))
                .orElseGet(SliceIdentifier::ignore);
    }

    @Override
    public String getDescription() {
        return "adapters (each of net.adtelligent.adapters.*, and net.adtelligent.contracts)";
    }
}
