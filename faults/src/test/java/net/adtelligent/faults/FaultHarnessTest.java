package net.adtelligent.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What users must see when an operator's fears come true (docs/reliability.md). */
class FaultHarnessTest {

    /** The pool waits ~1.5 s for a connection, then answers 503; the rest is room for two busy cores. */
    static final Duration ANSWER_BOUND_DURING_OUTAGE = Duration.ofSeconds(4);
    static final Duration FIRST_SUCCESS_BOUND = Duration.ofSeconds(20);

    private static FaultRun run;

    @BeforeAll
    static void runTheFaults() throws InterruptedException {
        run = FaultRun.get();
    }

    @Test
    void answers_whilePostgresRestartsUnderLoad_areSuccessesOr503ProblemJson() {
        List<String> wrong = run.restart.answers().stream()
                .filter(answer -> !answer.success() && !answer.unavailableProblem()).map(Answer::describe).toList();
        assertThat(wrong).as("answers neither a success nor 503 problem+json, of %s", run.restart.answers().size())
                .isEmpty();
    }

    @Test
    void answers_whilePostgresIsAway_comeWithinTheBound() {
        List<String> slow = run.restart.duringFault().stream()
                .filter(answer -> answer.status() == Answer.NONE || answer.latency().compareTo(ANSWER_BOUND_DURING_OUTAGE) > 0)
                .map(Answer::describe).toList();
        assertThat(slow).as("answers during the outage slower than %s (or none), of %s",
                ANSWER_BOUND_DURING_OUTAGE, run.restart.duringFault().size()).isEmpty();
    }

    @Test
    void firstSuccess_afterPostgresIsBack_comesWithinTheBound() {
        run.restart.firstSuccessAt().keySet().forEach(instance ->
                assertThat(run.restart.timeToFirstSuccess(instance))
                        .as("time from PostgreSQL back to instance %s's first success", instance)
                        .hasValueSatisfying(time -> assertThat(time).isLessThanOrEqualTo(FIRST_SUCCESS_BOUND)));
    }

    @Test
    void imports_cutOffByThePostgresRestart_finishOnRetryAndStoreEachFileOnce() {
        assertThat(run.restart.retries()).as("retries after the outage: %s", examples(run.restart.retries()))
                .allSatisfy(answer -> assertThat(answer.success()).isTrue());
        assertThat(run.mismatches).as("files of the restart whose rows disagree with their answers")
                .filteredOn(mismatch -> mismatch.account().startsWith("restart-")).isEmpty();
    }

    @Test
    void commit_killedMidway_leavesAllOrNothingAndCompletesAfterRestart() {
        KillDuringCommit.Outcome killed = run.killedCommit;
        assertThat(killed.killedCommit().status()).as("the kill came before the commit's answer: %s",
                killed.killedCommit().describe()).isEqualTo(Answer.NONE);
        assertThat(killed.afterKill().rows()).as("rows right after the kill").isIn(0L, (long) KillDuringCommit.ROWS);
        assertThat(killed.statusAfterKill()).as("the upload's state agrees with its rows")
                .contains(killed.afterKill().rows() == 0 ? "ready" : "committed");
        assertThat(killed.afterRestart()).as("after the restart: %s", examples(killed.afterRestart()))
                .allSatisfy(answer -> assertThat(answer.success()).isTrue());
        assertThat(killed.atEnd().rows()).isEqualTo(KillDuringCommit.ROWS);
        assertThat(killed.atEnd().spend()).isEqualByComparingTo(killed.file().spend());
        assertThat(killed.statusAtEnd()).contains("committed");
    }

    @Test
    void upload_killedMidway_leavesNoUploadAndTheWholeFileIsTakenAfterRestart() {
        KillDuringUpload.Outcome killed = run.killedUpload;
        assertThat(killed.killedUpload().status()).as("the kill came before the upload's answer: %s",
                killed.killedUpload().describe()).isEqualTo(Answer.NONE);
        assertThat(killed.uploadsOfTheFileAfterKill()).as("uploads of the half-sent file").isZero();
        assertThat(killed.sentAgain()).extracting(Answer::status).as("upload, map, commit: %s", examples(killed.sentAgain()))
                .containsExactly(201, 200, 200);
        assertThat(killed.atEnd().rows()).isEqualTo(KillDuringUpload.ROWS);
        assertThat(killed.atEnd().spend()).isEqualByComparingTo(killed.file().spend());
    }

    @Test
    void upload_madeOnOneInstance_isMappedAndCommittedOnTheOther() {
        TwoInstances.Outcome two = run.twoInstances;
        assertThat(two.across()).extracting(Answer::status).as("upload on a, map and commit on b: %s",
                examples(two.across())).containsExactly(201, 200, 200);
        assertThat(two.acrossStored().rows()).isEqualTo(two.acrossFile().rows());
        assertThat(two.acrossStored().spend()).isEqualByComparingTo(two.acrossFile().spend());
    }

    @Test
    void commit_sentToBothInstancesAtOnce_storesOnceAnswering200And409() {
        TwoInstances.Outcome two = run.twoInstances;
        assertThat(two.bothCommits()).extracting(Answer::status).as("the two commits: %s", examples(two.bothCommits()))
                .containsExactlyInAnyOrder(200, 409);
        assertThat(two.bothStored().rows()).isEqualTo(two.bothFile().rows());
        assertThat(two.bothStored().spend()).isEqualByComparingTo(two.bothFile().spend());
    }

    @Test
    void serve_startedWhilePostgresIsAway_waitsAndServesOnceItIsBack() {
        DatabaseAwayAtStart.Outcome late = run.awayAtStart;
        assertThat(late.aliveWhileAway()).as("still running after %s without the database: %s",
                DatabaseAwayAtStart.AWAY, late.failure()).isTrue();
        assertThat(late.healthyAfterBack()).as("healthy after the database was back: %s", late.failure())
                .hasValueSatisfying(time -> assertThat(time).isLessThanOrEqualTo(FIRST_SUCCESS_BOUND));
    }

    @Test
    void facts_afterEveryFault_holdEachCommittedFileOnceAndNothingElse() {
        assertThat(run.mismatches).as("files whose rows disagree with their answers").isEmpty();
        assertThat(run.storedSpend).as("spend in the facts against the committed files' spend")
                .isEqualByComparingTo(run.committedSpend);
    }

    private static String examples(List<Answer> answers) {
        return answers.size() + " [" + answers.stream().limit(8).map(Answer::describe).collect(Collectors.joining("; "))
                + (answers.size() > 8 ? "; …" : "") + "]";
    }
}
