package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.permissions.YamlPermissionCatalog;
import net.adtelligent.domain.permission.Difference;
import net.adtelligent.domain.permission.DriftReport;
import net.adtelligent.domain.permission.PlatformState;
import net.adtelligent.domain.permission.ReviewChecklist;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "drift",
        mixinStandardHelpOptions = true,
        description = {"Compares the permission catalog with what the code asks for (each connector's scopes, and any"
                + " ADT_OAUTH_<PLATFORM>_SCOPES override in force) and with the review checklist, and prints a table of"
                + " every difference. Exits 1 when there is one, 0 when everything agrees."},
        footer = {"", "Examples:", "  adtelligent permissions drift",
            "  adtelligent permissions drift --catalog docs/permissions \\",
            "      --checklist " + ReviewChecklist.PATH})
final class PermissionsDriftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PermissionsCommand permissions;

    @Mixin
    PermissionsCommand.CatalogOption catalog = new PermissionsCommand.CatalogOption();

    @Option(names = "--checklist", paramLabel = "FILE",
            description = "the review checklist to compare (e.g. " + ReviewChecklist.PATH + "); default: the one"
                    + " shipped in the service's jar")
    Path checklist;

    @Override
    public Integer call() {
        Optional<String> shipped = checklist == null ? YamlPermissionCatalog.shippedChecklist()
                : PermissionsCommand.readIfPresent(checklist);
        DriftReport report = permissions.parent.settings().permissions().review(catalog.catalog(), shipped,
                permissions.parent.settings()::oauthConfigured).drift();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-15s %-10s %s%n", "PLATFORM", "OAUTH", "SCOPES BY", "REQUESTED");
        for (PlatformState state : report.platforms()) {
            out.printf("%-10s %-15s %-10s %s%n", state.platform().key(),
                    state.oauthConfigured() ? "configured" : "not configured",
                    state.overridden() ? "override" : "catalog", String.join(", ", state.requested()));
        }
        out.println();
        if (report.inStep()) {
            out.println("no drift: the catalog, the connectors' scopes, the overrides and the checklist agree");
            return 0;
        }
        out.printf("%-10s %-45s %-20s %s%n", "PLATFORM", "SCOPE", "DRIFT", "DETAIL");
        for (Difference difference : report.differences()) {
            out.printf("%-10s %-45s %-20s %s%n", difference.platform().key(), difference.scope(),
                    difference.kind().wireName(), difference.detail());
        }
        spec.commandLine().getErr().printf("adtelligent: permission drift: %d difference%s%n", report.differences().size(),
                report.differences().size() == 1 ? "" : "s");
        return 1;
    }
}
