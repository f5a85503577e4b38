package net.adtelligent.bootstrap.cli;

import java.util.Map;
import net.adtelligent.bootstrap.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "adtelligent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Multi-tenant advertising analytics: one cross-channel view of spend and results per tenant.",
        subcommands = {ServeCommand.class, MigrateCommand.class, TenantsCommand.class, UsersCommand.class, ReadinessCommand.class,
            ConnectorsCommand.class, ConnectionsCommand.class, PermissionsCommand.class, AirbyteCommand.class,
            ContractsCommand.class, ImportCsvCommand.class, FxCommand.class, RotateDeksCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed, or found a problem (readiness: a part not ready; an import: rejected rows)",
            "2:a setting or the input is wrong: change it, then run again",
            "3:an outside part (the database, the mail service) is unavailable: run again later"},
        footer = {"", "Example:", "  adtelligent serve --demo", "",
            "Configuration comes from ADT_* environment variables; see the README."})
final class AdtelligentCommand implements Runnable {

    private final Map<String, String> env;

    AdtelligentCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Read here, not in each command, so tests can run the whole CLI with an environment of their own. */
    Settings settings() {
        return Settings.from(env);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
