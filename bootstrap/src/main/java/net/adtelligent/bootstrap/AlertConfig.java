package net.adtelligent.bootstrap;

import java.time.Duration;
import net.adtelligent.adapters.postgres.scheduling.AlertScheduler;
import net.adtelligent.domain.alert.AlertPolicy;
import net.adtelligent.domain.alert.SyncAlertRules;

/**
 * The alert rules and their schedule, from ADT_ALERT_*: how many failed syncs in a row open an
 * alert, within how long after it resolved an alert reopens as the same episode (no new mail), and
 * how often the sources' staleness is checked and new episodes mailed.
 */
public record AlertConfig(SyncAlertRules rules, AlertPolicy policy, Duration checkInterval) {

    static final AlertConfig DEFAULT = new AlertConfig(SyncAlertRules.DEFAULT, AlertPolicy.DEFAULT,
            AlertScheduler.DEFAULT_INTERVAL);

    static AlertConfig from(Env env) {
        return new AlertConfig(
                new SyncAlertRules(env.integer("ADT_ALERT_FAILURES_IN_A_ROW", DEFAULT.rules().failuresInARow(), 1, 100),
                        DEFAULT.rules().trailingRuns()),
                new AlertPolicy(env.durationOrZero("ADT_ALERT_REOPEN_WITHIN", DEFAULT.policy().reopenWithin())),
                env.duration("ADT_ALERT_CHECK_INTERVAL", DEFAULT.checkInterval()));
    }
}
