package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.TenantOperations;
import net.adtelligent.domain.tenant.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists every tenant: slug, status, currency, time zone and name.",
        footer = {"", "Example:", "  adtelligent tenants list"})
final class TenantsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TenantsCommand tenants;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var all = TenantOperations.list(tenants.parent.settings());
        if (all.isEmpty()) {
            out.println("No tenants yet: adtelligent tenants create registers the first.");
            return 0;
        }
        out.printf("%-24s %-10s %-8s %-24s %s%n", "SLUG", "STATUS", "CURRENCY", "TIME ZONE", "NAME");
        for (Tenant tenant : all) {
            out.printf("%-24s %-10s %-8s %-24s %s%n", tenant.slug().value(), tenant.status().wireName(),
                    tenant.reportingCurrency(), tenant.reportingTimeZone(), tenant.displayName().value());
        }
        return 0;
    }
}
