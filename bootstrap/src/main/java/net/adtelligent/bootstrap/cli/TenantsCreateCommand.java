package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.TenantOperations;
import net.adtelligent.domain.tenant.TenantDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Registers a tenant with its owner, with the same checks and audit event as POST /api/tenants/."
                + " The owner's account is created unless it exists; its password is asked for at a prompt, or"
                + " read from standard input with --password-stdin; never from an argument.",
        footer = {"", "Examples:", "  adtelligent tenants create --slug acme --name \"Acme\" --currency USD"
                + " --time-zone America/New_York --owner ada@example.com",
            "  printf '%%s' \"$PASSWORD\" | adtelligent tenants create --slug acme --name \"Acme\" --currency USD"
                + " --time-zone America/New_York --owner ada@example.com --password-stdin"})
final class TenantsCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TenantsCommand tenants;

    @Option(names = "--slug", required = true, description = "Its short name in URLs, e.g. acme.")
    String slug;

    @Option(names = "--name", required = true, description = "Its display name.")
    String name;

    @Option(names = "--currency", required = true, description = "Its reporting currency (ISO 4217), e.g. USD.")
    String currency;

    @Option(names = "--time-zone", required = true, description = "Its reporting time zone (IANA), e.g. Europe/Berlin.")
    String timeZone;

    @Option(names = "--owner", required = true, description = "The owner's email address.")
    String owner;

    @Option(names = "--password-stdin", description = "Read a new owner's password from standard input (one line).")
    boolean passwordStdin;

    @Override
    public Integer call() {
        String done = TenantOperations.create(tenants.parent.settings(),
                new TenantDraft(slug, name, currency, timeZone), owner, () -> PasswordInput.read(passwordStdin));
        spec.commandLine().getOut().println(done);
        return 0;
    }
}
