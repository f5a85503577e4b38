package net.adtelligent.bootstrap.cli;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.system.RotateDataKeys;
import net.adtelligent.ports.in.system.RotateDataKeys.Plan;
import net.adtelligent.ports.in.system.RotateDataKeys.TenantRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "rotate-deks",
        mixinStandardHelpOptions = true,
        description = {"Rotates the tenants' data keys, one tenant at a time, each in one transaction: by default a"
                + " new data key per tenant, with every stored credential sealed again under it; with"
                + " --new-master-key, the tenants' current data keys wrapped by another master key (the same data"
                + " keys: the credentials only get the new wrapping). Older data key versions stay in the database"
                + " and still open what they sealed.",
            "After a failure, run the same command again (with the --keys-before it printed): the tenants done"
                + " already are not rotated twice, the rest are finished."},
        footer = {"", "Examples:", "  adtelligent rotate-deks --dry-run", "  adtelligent rotate-deks --tenant demo",
            "  adtelligent rotate-deks --keys-before 2026-12-06T05:00:00Z",
            "  adtelligent rotate-deks --new-master-key arn:aws:kms:eu-west-1:111122223333:key/<new-key-id>"})
final class RotateDeksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @picocli.CommandLine.Option(names = "--dry-run", description = "Count what would be sealed again; change nothing"
            + " and call no key service.")
    boolean dryRun;

    @picocli.CommandLine.Option(names = "--tenant", paramLabel = "SLUG", description = "Only this tenant.")
    String tenant;

    @picocli.CommandLine.Option(names = "--new-master-key", paramLabel = "KEY_ID", description = "Wrap the data keys"
            + " under this master key instead of making new data keys: an AWS KMS key ARN, or a local keyring key id"
            + " (local/…, a key added to the keyring file).")
    String newMasterKey;

    @picocli.CommandLine.Option(names = "--keys-before", paramLabel = "INSTANT", description = "Give a new data key"
            + " only to tenants whose current one was made before this instant (default: now). To finish an"
            + " interrupted run, give the instant it printed.")
    String keysBefore;

    @Override
    public Integer call() {
        Plan plan = new Plan(Option.of(newMasterKey), cutOff(), dryRun);
        PrintWriter out = spec.commandLine().getOut();
        if (plan.newMasterKey().isEmpty() && !dryRun) {
            out.printf("data keys made before %s are replaced; to finish after a failure: adtelligent rotate-deks"
                    + " --keys-before %s%s%n", plan.keysBefore(), plan.keysBefore(),
                    tenant == null ? "" : " --tenant " + tenant);
        }
        Progress progress = new Progress(spec.commandLine().getErr());
        return Operations.withCore(parent.settings(), core -> {
            RotateDataKeys rotation = core.rotateDataKeys();
            List<Tenant> tenants = tenants(rotation);
            int secrets = 0;
            int resealed = 0;
            for (int i = 0; i < tenants.size(); i++) {
                Tenant one = tenants.get(i);
                progress.step("tenant " + (i + 1) + " of " + tenants.size() + ": " + one.slug().value());
                TenantRotation done = rotate(rotation, one, plan);
                progress.done();
                out.printf("%-24s %6d secrets %6d %s  key %s%n", one.slug().value(), done.secrets(), done.resealed(),
                        dryRun ? "to seal again" : "sealed again",
                        done.keyVersion().map(version -> "v" + version + " (" + word(done.key()) + ")").getOrElse("none"));
                out.flush();
                secrets += done.secrets();
                resealed += done.resealed();
            }
            out.printf("%s%d tenants, %d secrets, %d %s%n", dryRun ? "dry run, nothing changed: " : "", tenants.size(),
                    secrets, resealed, dryRun ? "to seal again" : "sealed again");
            return 0;
        });
    }

    /** A master key the key service does not know is the operator's to fix (exit 2), not a failure. */
    private static TenantRotation rotate(RotateDataKeys rotation, Tenant tenant, Plan plan) {
        try {
            return rotation.rotate(tenant.id(), plan);
        } catch (IllegalArgumentException unknownKey) {
            if (plan.newMasterKey().isEmpty()) {
                throw unknownKey;
            }
            throw new ConfigurationException(unknownKey.getMessage(), unknownKey);
        }
    }

    private List<Tenant> tenants(RotateDataKeys rotation) {
        List<Tenant> all = rotation.tenants();
        if (tenant == null) {
            return all;
        }
        List<Tenant> one = all.stream().filter(known -> known.slug().value().equals(tenant)).toList();
        if (one.isEmpty()) {
            throw new ConfigurationException("no tenant " + tenant);
        }
        return one;
    }

    private Instant cutOff() {
        if (keysBefore == null) {
            // Not rounded: a key made earlier in this same second must count as before.
            return Instant.now();
        }
        try {
            return Instant.parse(keysBefore);
        } catch (DateTimeParseException bad) {
            throw new ConfigurationException("--keys-before takes an instant such as 2026-12-06T05:00:00Z, not "
                    + keysBefore);
        }
    }

    private String word(RotateDataKeys.KeyChange change) {
        return switch (change) {
            case NEW_KEY -> dryRun ? "would be new" : "new";
            case REWRAPPED -> dryRun ? "would be wrapped anew" : "wrapped anew";
            case KEPT -> "kept";
        };
    }
}
