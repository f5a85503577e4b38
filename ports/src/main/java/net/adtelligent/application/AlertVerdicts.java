package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Instant;
import net.adtelligent.domain.alert.AlertVerdict;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.Telemetry;

/** Turns a rule's verdict into a raise or a resolve; counts the episodes it opens. */
final class AlertVerdicts {

    private final AlertSink alerts;
    private final Telemetry telemetry;

    AlertVerdicts(AlertSink alerts, Telemetry telemetry) {
        this.alerts = alerts;
        this.telemetry = telemetry;
    }

    /** Whether the verdict opened a new episode. */
    boolean apply(TenantId tenant, AlertVerdict verdict, Instant at) {
        if (verdict instanceof AlertVerdict.Raise raise) {
            AlertSink.Raised raised = alerts.raise(new AlertSink.Alert(Option.of(tenant), raise.kind(), raise.subject(),
                    raise.message(), at));
            if (raised == AlertSink.Raised.OPENED) {
                telemetry.alertRaised(raise.kind());
                return true;
            }
        } else if (verdict instanceof AlertVerdict.Resolve) {
            alerts.resolve(tenant, verdict.kind(), verdict.subject(), at);
        }
        return false;
    }
}
