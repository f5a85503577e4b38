package net.adtelligent.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.alert.AlertVerdict;
import net.adtelligent.domain.alert.SyncAlertRules;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.ports.out.SyncRunStore;

/**
 * The alert rules after every finished sync run, inside the unit of work that recorded it: the
 * failure and emptiness rules over the connection's newest runs, and a success resolves staleness.
 * Mails are not sent here (the unit may still roll back): the episode's mail is due, and
 * {@code AlertChecks.sendMails} sends it.
 */
final class SyncAlertObserver implements SyncObserver {

    private final SyncRunStore runs;
    private final AlertVerdicts verdicts;
    private final SyncAlertRules rules;
    private final Clock clock;

    SyncAlertObserver(SyncRunStore runs, AlertVerdicts verdicts, SyncAlertRules rules, Clock clock) {
        this.runs = runs;
        this.verdicts = verdicts;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void finished(SyncRun run) {
        if (!run.status().finished()) {
            return;
        }
        List<SyncRun> newest = runs.recent(run.tenant(), run.connection(), rules.runsNeeded());
        if (newest.stream().noneMatch(known -> known.id().equals(run.id()))) {
            // Told before the store shows it (another store, a replica): the run is the newest there is.
            List<SyncRun> with = new ArrayList<>(newest.size() + 1);
            with.add(run);
            with.addAll(newest);
            newest = with;
        }
        var now = clock.instant();
        for (AlertVerdict verdict : rules.afterRun(run.connection(), newest)) {
            verdicts.apply(run.tenant(), verdict, now);
        }
        if (run.status() == SyncStatus.SUCCEEDED) {
            verdicts.apply(run.tenant(), new AlertVerdict.Resolve(SyncAlertRules.STALE,
                    AlertSubject.connection(run.connection())), now);
        }
    }
}
