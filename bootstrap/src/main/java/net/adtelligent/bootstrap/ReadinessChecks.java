package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.adtelligent.adapters.airbyte.AirbyteClient;
import net.adtelligent.adapters.auth.SigningKeys;
import net.adtelligent.adapters.dbt.DbtTargetFolder;
import net.adtelligent.adapters.postgres.PostgresStatementException;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.dbt.DbtRunRules;
import net.adtelligent.domain.dbt.DbtTarget;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.in.system.ReconcileAirbyte;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.Telemetry;

/**
 * `readiness airbyte`, `readiness dbt` and `readiness production`: one row per check, pass or fail, so an operator
 * sees everything that is missing in one run rather than one problem at a time.
 */
public final class ReadinessChecks {

    /** @param detail why it passed or failed; never a secret */
    public record Check(String name, boolean passed, String detail) {

        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private ReadinessChecks() {
    }

    /**
     * Airbyte configured; reachable with the credentials given (the workspace answers); the
     * destination exists; every connection's source and connection exist as they should (a dry run
     * of reconcile: nothing is changed).
     */
    public static List<Check> airbyte(Settings settings) {
        List<Check> checks = new ArrayList<>();
        if (!settings.airbyte().configured()) {
            checks.add(new Check("configured", false, AirbyteSettings.NOT_CONFIGURED));
            return checks;
        }
        checks.add(new Check("configured", true, settings.airbyte().toString()));
        AirbyteClient client = Wiring.airbyte(settings, Telemetry.NONE).orElseThrow();
        ComponentHealth reached = client.healthProbe().probe();
        checks.add(new Check("reachable", reached.up(), reached.detail()));
        if (!reached.up()) {
            return checks;
        }
        try {
            boolean destination = client.destinationExists();
            checks.add(new Check("destination", destination, destination ? "ADT_AIRBYTE_DESTINATION_ID exists"
                    : "Airbyte does not know ADT_AIRBYTE_DESTINATION_ID in this workspace"));
            Operations.withCore(settings, core -> {
                connections(core, checks);
                return null;
            });
        } catch (OutsidePartUnavailableException unavailable) {
            checks.add(new Check("reachable", false, unavailable.getMessage()));
        }
        return checks;
    }

    private static void connections(Adtelligent core, List<Check> checks) {
        List<ReconcileAirbyte.Row> rows = core.reconcileAirbyte().reconcile(Option.none(), true, false).get();
        for (ReconcileAirbyte.Row row : rows) {
            boolean passed = row.outcome() == ReconcileAirbyte.Outcome.IN_SYNC
                    || row.outcome() == ReconcileAirbyte.Outcome.SKIPPED;
            String detail = (row.tenant().isEmpty() ? "" : row.tenant() + " ") + row.connection() + ": "
                    + (row.actions().isEmpty() ? row.outcome().wireName() : "needs " + String.join(", ", row.actions()))
                    + (row.detail().isEmpty() ? "" : " (" + row.detail() + ")");
            checks.add(new Check("connection", passed, detail));
        }
    }

    /**
     * What a production installation needs: the database migrated; keys in AWS KMS; mail through SES
     * from a verified sender; CORS origins set; a strong signing key shared by every instance;
     * Airbyte configured and reachable; the app metrics protected by a token or on their own port;
     * where dbt is used, what {@link #dbt} checks.
     */
    public static List<Check> production(Settings settings) {
        List<Check> checks = new ArrayList<>();
        KmsSettings kms = settings.kms();
        checks.add(new Check("kms", kms.provider() == KmsSettings.Provider.AWS && kms.keyId().isPresent(),
                kms.provider() == KmsSettings.Provider.AWS ? "ADT_KMS_PROVIDER=aws, key " + kms.keyId().orElse("(none)")
                        : "ADT_KMS_PROVIDER is local: set aws and ADT_KMS_KEY_ID"));
        checks.add(new Check("mail provider", settings.mail().provider() == MailSettings.Provider.SES,
                settings.mail().provider() == MailSettings.Provider.SES ? "ADT_MAIL_PROVIDER=ses"
                        : "ADT_MAIL_PROVIDER is outbox (mail is only written to files): set ses"));
        checks.add(new Check("cors", !settings.corsOrigins().isEmpty(), settings.corsOrigins().isEmpty()
                ? "ADT_CORS_ORIGINS is not set" : String.join(", ", settings.corsOrigins())));
        boolean keyOk = signingKey(settings, checks);
        boolean metrics = settings.metrics().metricsToken().isPresent() || settings.metrics().metricsPort().isPresent();
        checks.add(new Check("metrics", metrics, metrics ? "ADT_METRICS_TOKEN or ADT_METRICS_PORT set"
                : "set ADT_METRICS_TOKEN, or ADT_METRICS_PORT for a listener only the scraper reaches"));
        if (!keyOk) {
            checks.add(new Check("database", false, "not checked: the signing key must be fixed first"));
            return checks;
        }
        HealthReport report = Operations.readiness(settings);
        checks.add(component(report, "database", "database migrated and reachable"));
        if (kms.provider() == KmsSettings.Provider.AWS) {
            checks.add(component(report, "key service", "the KMS key can be used"));
        }
        if (settings.mail().provider() == MailSettings.Provider.SES) {
            checks.add(component(report, "mail", "sender verified"));
        }
        checks.add(settings.airbyte().configured() ? component(report, "airbyte", "Airbyte reachable")
                : new Check("airbyte", false, AirbyteSettings.NOT_CONFIGURED));
        // dbt is optional: checked only where the installation uses it.
        if (settings.dbt().targetDir().isPresent() || settings.dbt().factsFromDbt()) {
            dbt(settings).forEach(check -> checks.add(new Check("dbt " + check.name(), check.passed(), check.detail())));
        }
        return checks;
    }

    /**
     * dbt's target folder configured; its last run succeeded within ADT_DBT_STALE_AFTER; every
     * source's freshness passed (warn passes) at the last `dbt source freshness`; with
     * ADT_FACTS_SOURCE=dbt, the application role can read the three fact marts.
     */
    public static List<Check> dbt(Settings settings) {
        List<Check> checks = new ArrayList<>();
        DbtSettings dbt = settings.dbt();
        if (dbt.targetDir().isEmpty()) {
            checks.add(new Check("configured", false, "ADT_DBT_TARGET_DIR is not set"));
        } else {
            checks.add(new Check("configured", true, "ADT_DBT_TARGET_DIR=" + dbt.targetDir().get()));
            DbtTarget target = new DbtTargetFolder(dbt.targetDir().get()).read();
            DbtRunRules rules = new DbtRunRules(dbt.staleAfter());
            Instant now = Instant.now();
            checks.add(new Check("last run", rules.state(target, now) == DbtRunRules.State.SUCCESS,
                    rules.describe(target, now)));
            checks.add(freshness(target));
        }
        if (dbt.factsFromDbt()) {
            checks.add(marts(settings));
        }
        return checks;
    }

    private static Check freshness(DbtTarget target) {
        if (target.freshness().isLeft()) {
            return new Check("freshness", false, target.freshness().getLeft());
        }
        if (target.freshness().get().isEmpty()) {
            return new Check("freshness", false, "sources.json is not in the target folder: run `dbt source freshness`");
        }
        DbtTarget.Freshness freshness = target.freshness().get().get();
        List<String> failing = freshness.sources().stream()
                .filter(source -> !source.status().equals("pass") && !source.status().equals("warn"))
                .map(source -> source.uniqueId() + " (" + source.status() + ")").toList();
        return new Check("freshness", failing.isEmpty(), "checked " + freshness.checkedAt() + ": "
                + (failing.isEmpty() ? freshness.sources().size() + " sources pass or warn"
                : String.join(", ", failing)));
    }

    /** The marts read as the service reads them (the application role, all three, no tenant's rows). */
    private static Check marts(Settings settings) {
        String schema = settings.dbt().factsSource().dbtSchema().orElseThrow();
        try {
            Operations.withCoreAndDatabase(settings, (core, database) ->
                    database.metricsWarehouse(settings.dbt().factsSource()).freshness(TenantId.random()));
            return new Check("marts", true, "the service reads the fact marts in schema " + schema);
        } catch (PostgresStatementException refused) {
            return new Check("marts", false, "the service cannot read the fact marts in schema " + schema
                    + " (SQL state " + refused.sqlState() + "): build them with dbt, and grant usage on the schema and"
                    + " select on its tables to the application role");
        }
    }

    private static boolean signingKey(Settings settings, List<Check> checks) {
        if (settings.auth().signingKey().isEmpty()) {
            checks.add(new Check("signing key", false, "ADT_JWT_SIGNING_KEY is not set: each instance would sign"
                    + " with a key file of its own"));
            return true;
        }
        try {
            SigningKeys.parse(settings.auth().signingKey().get(), settings.auth().previousKeys());
            checks.add(new Check("signing key", true, "ADT_JWT_SIGNING_KEY set, at least 256 bits"));
            return true;
        } catch (IllegalArgumentException | IllegalStateException weak) {
            checks.add(new Check("signing key", false, weak.getMessage()));
            return false;
        }
    }

    private static Check component(HealthReport report, String component, String what) {
        return report.components().stream().filter(health -> health.component().equals(component)).findFirst()
                .map(health -> new Check(component, health.up(), health.up() ? what + ": " + health.detail()
                        : health.detail()))
                .orElse(new Check(component, false, "not checked"));
    }
}
