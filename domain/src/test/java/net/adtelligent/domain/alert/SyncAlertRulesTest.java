package net.adtelligent.domain.alert;

import static net.adtelligent.domain.alert.SyncRuns.START;
import static net.adtelligent.domain.alert.SyncRuns.newestFirst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import org.junit.jupiter.api.Test;

class SyncAlertRulesTest {

    private static final SyncAlertRules RULES = SyncAlertRules.DEFAULT;
    private final ConnectionId connection = ConnectionId.random();
    private final AlertSubject subject = AlertSubject.connection(connection);

    private AlertVerdict failing(String... oldestFirst) {
        return RULES.afterRun(connection, newestFirst(connection, oldestFirst)).get(0);
    }

    private AlertVerdict empty(String... oldestFirst) {
        return RULES.afterRun(connection, newestFirst(connection, oldestFirst)).get(1);
    }

    @Test
    void failing_givenThreeFailuresInARow_raisesWithTheCountAndAirbytesMessage() {
        AlertVerdict verdict = failing("S10", "F", "F", "F");

        assertThat(verdict).isInstanceOf(AlertVerdict.Raise.class);
        AlertVerdict.Raise raise = (AlertVerdict.Raise) verdict;
        assertThat(raise.kind()).isEqualTo(SyncAlertRules.FAILING);
        assertThat(raise.subject()).isEqualTo(subject);
        assertThat(raise.message()).contains("last 3 syncs failed", "401 Unauthorized");
    }

    @Test
    void failing_givenTwoFailuresInARow_neitherRaisesNorResolves() {
        assertThat(failing("S10", "F", "F")).isInstanceOf(AlertVerdict.Keep.class);
    }

    @Test
    void failing_givenCancelledRunsBetweenFailures_countsOnlyTheFailures() {
        assertThat(failing("F", "C", "F", "C")).isInstanceOf(AlertVerdict.Keep.class);
        assertThat(failing("F", "C", "F", "C", "F")).isInstanceOf(AlertVerdict.Raise.class);
    }

    @Test
    void failing_givenASuccessAfterFailures_resolves() {
        assertThat(failing("F", "F", "F", "S5")).isEqualTo(new AlertVerdict.Resolve(SyncAlertRules.FAILING, subject));
    }

    @Test
    void failing_givenAThresholdOfFive_waitsForTheFifth() {
        SyncAlertRules five = new SyncAlertRules(5, 5);
        ConnectionId id = ConnectionId.random();

        assertThat(five.afterRun(id, newestFirst(id, "F", "F", "F", "F")).get(0)).isInstanceOf(AlertVerdict.Keep.class);
        assertThat(five.afterRun(id, newestFirst(id, "F", "F", "F", "F", "F")).get(0))
                .isInstanceOf(AlertVerdict.Raise.class);
    }

    @Test
    void empty_givenZeroRecordsAfterSuccessesThatMovedSome_raisesWithTheMedian() {
        AlertVerdict verdict = empty("S100", "S0", "S300", "S200", "S0");

        assertThat(verdict).isInstanceOf(AlertVerdict.Raise.class);
        assertThat(((AlertVerdict.Raise) verdict).message()).contains("no records", "median of 150");
    }

    @Test
    void empty_givenZeroRecordsWhereTheTrailingMedianIsZero_saysNothing() {
        assertThat(empty("S0", "S0", "S5", "S0")).isInstanceOf(AlertVerdict.Keep.class);
        assertThat(empty("S0")).isInstanceOf(AlertVerdict.Keep.class);
    }

    @Test
    void empty_givenOnlyTheTrailingRunsCount_ignoresOlderSuccesses() {
        // Five successes of zero before this one; the big one is older than the trailing five.
        assertThat(empty("S9000", "S0", "S0", "S0", "S0", "S0", "S0")).isInstanceOf(AlertVerdict.Keep.class);
    }

    @Test
    void empty_givenAFailureAfterAnEmptySync_keepsAndANonEmptySuccessResolves() {
        assertThat(empty("S50", "S0", "F")).isInstanceOf(AlertVerdict.Keep.class);
        assertThat(empty("S50", "S0", "S1")).isEqualTo(new AlertVerdict.Resolve(SyncAlertRules.EMPTY, subject));
    }

    @Test
    void staleness_givenNoSuccessWithinTheAllowedTime_raises() {
        List<net.adtelligent.domain.sync.SyncRun> runs = newestFirst(connection, "S10", "F", "F");
        // The success finished at START + 10 min; allowed 12 h; now is 13 h later.
        AlertVerdict verdict = RULES.staleness(connection, runs, START.minusSeconds(3600), Duration.ofHours(12),
                START.plus(Duration.ofHours(13)));

        assertThat(verdict).isInstanceOf(AlertVerdict.Raise.class);
        assertThat(((AlertVerdict.Raise) verdict).message()).contains("no successful sync since 2026-12-01T00:10:00Z");
    }

    @Test
    void staleness_givenASuccessWithinTheAllowedTime_resolves() {
        AlertVerdict verdict = RULES.staleness(connection, newestFirst(connection, "F", "S10"), START,
                Duration.ofHours(12), START.plus(Duration.ofHours(12)));

        assertThat(verdict).isEqualTo(new AlertVerdict.Resolve(SyncAlertRules.STALE, subject));
    }

    @Test
    void staleness_givenNoRunsAtAll_countsFromTheConnectionsCreation() {
        assertThat(RULES.staleness(connection, List.of(), START, Duration.ofHours(12), START.plus(Duration.ofHours(11))))
                .isInstanceOf(AlertVerdict.Resolve.class);
        assertThat(RULES.staleness(connection, List.of(), START, Duration.ofHours(12), START.plus(Duration.ofHours(13))))
                .isInstanceOf(AlertVerdict.Raise.class);
    }

    @Test
    void staleAfter_givenScheduleAndLatency_takesTwiceTheGapOrTheLatencyWhicheverIsLonger() {
        assertThat(StaleAfter.of(new net.adtelligent.domain.connection.Schedule("PT6H"), Duration.ofHours(3)))
                .isEqualTo(Duration.ofHours(12));
        assertThat(StaleAfter.of(new net.adtelligent.domain.connection.Schedule("PT6H"), Duration.ofHours(48)))
                .isEqualTo(Duration.ofHours(48));
        assertThat(StaleAfter.of(new net.adtelligent.domain.connection.Schedule("0 6 * * *"), Duration.ofHours(3)))
                .isEqualTo(Duration.ofDays(2));
        assertThat(StaleAfter.of(new net.adtelligent.domain.connection.Schedule("0 */4 * * *"), Duration.ZERO))
                .isEqualTo(Duration.ofHours(8));
        assertThat(StaleAfter.of(new net.adtelligent.domain.connection.Schedule("0 6 * * 1"), Duration.ZERO))
                .isEqualTo(Duration.ofDays(14));
    }
}
