package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import net.adtelligent.domain.alert.AlertVerdict;
import net.adtelligent.domain.dbt.DbtRunRules;
import net.adtelligent.domain.dbt.DbtTarget;
import net.adtelligent.ports.in.DbtState;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.DbtArtifacts;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Telemetry;

/**
 * The dbt project's runs as the core sees them: the operators' overview, the health component
 * {@code dbt}, and the two operator alerts (system alerts: no tenant), raised and resolved by the
 * scheduled alert checks. Without a target folder everything says "not configured" and no alert
 * is raised.
 *
 * <p>The health component is up whatever the run's state, with the state in its detail: the service
 * keeps answering from the marts dbt last built, so a failed or late batch must not take it out
 * of a load balancer. The alerts and `readiness dbt` are where a bad run shows.
 */
final class DbtWatch implements DbtState, HealthProbe {

    static final String NOT_CONFIGURED = "not configured: ADT_DBT_TARGET_DIR is not set";

    private final Option<DbtArtifacts> artifacts;
    private final DbtRunRules rules;
    private final AlertSink alerts;
    private final Telemetry telemetry;
    private final Clock clock;

    DbtWatch(Option<DbtArtifacts> artifacts, DbtRunRules rules, AlertSink alerts, Telemetry telemetry, Clock clock) {
        this.artifacts = artifacts;
        this.rules = rules;
        this.alerts = alerts;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    boolean configured() {
        return artifacts.isDefined();
    }

    @Override
    public Overview overview() {
        if (artifacts.isEmpty()) {
            return new Overview(Option.none(), NOT_CONFIGURED, rules.staleAfter(), Option.none());
        }
        DbtTarget target = artifacts.get().read();
        Instant now = clock.instant();
        return new Overview(Option.of(rules.state(target, now)), rules.describe(target, now), rules.staleAfter(),
                Option.of(target));
    }

    @Override
    public String component() {
        return "dbt";
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(component(), true, overview().detail());
    }

    /** Raises or resolves the dbt alerts for the run as it stands; the episodes opened. */
    int check() {
        if (artifacts.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int opened = 0;
        for (AlertVerdict verdict : rules.verdicts(artifacts.get().read(), now)) {
            if (verdict instanceof AlertVerdict.Raise raise) {
                AlertSink.Raised raised = alerts.raise(new AlertSink.Alert(Option.none(), raise.kind(), raise.subject(),
                        raise.message(), now));
                if (raised == AlertSink.Raised.OPENED) {
                    telemetry.alertRaised(raise.kind());
                    opened++;
                }
            } else if (verdict instanceof AlertVerdict.Resolve) {
                alerts.resolveSystem(verdict.kind(), verdict.subject(), now);
            }
        }
        return opened;
    }
}
