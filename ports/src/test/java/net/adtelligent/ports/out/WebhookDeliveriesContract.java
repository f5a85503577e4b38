package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.adtelligent.ports.out.WebhookDeliveries.Delivered;
import net.adtelligent.ports.out.WebhookDeliveries.JobOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every WebhookDeliveries must do. An adapter's test extends this and only says how to build one. */
public abstract class WebhookDeliveriesContract {

    private static final Instant AT = Instant.parse("2026-12-06T07:00:00Z");
    /** Only the forgetting tests record before this, so what they forget is theirs. */
    private static final Instant LONG_AGO = Instant.parse("1990-01-01T00:00:00Z");

    private WebhookDeliveries deliveries;
    private long job;

    /** The record under test; it may hold other tests' jobs: every test uses job ids of its own. */
    protected abstract WebhookDeliveries deliveries();

    /** Units of work over the same technology. */
    protected abstract UnitOfWork units();

    @BeforeEach
    void setUp() {
        deliveries = deliveries();
        job = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    private Delivered succeeded(long id) {
        return new Delivered(id, JobOutcome.SUCCEEDED);
    }

    @Test
    void recordNew_givenNewJobs_answersEach() {
        List<Delivered> both = List.of(succeeded(job), new Delivered(job + 1, JobOutcome.FAILED));

        assertThat(deliveries.recordNew(both, AT)).containsExactlyInAnyOrderElementsOf(both);
    }

    @Test
    void recordNew_givenTheSameJobAndOutcomeAgain_answersNothing() {
        deliveries.recordNew(List.of(succeeded(job)), AT);

        assertThat(deliveries.recordNew(List.of(succeeded(job)), AT.plusSeconds(60))).isEmpty();
    }

    @Test
    void recordNew_givenTwoCopiesInOneList_recordsOne() {
        assertThat(deliveries.recordNew(List.of(succeeded(job), succeeded(job)), AT)).containsExactly(succeeded(job));
        assertThat(deliveries.recordNew(List.of(succeeded(job)), AT)).isEmpty();
    }

    @Test
    void recordNew_givenAnotherOutcomeOfARecordedJob_recordsIt() {
        deliveries.recordNew(List.of(succeeded(job)), AT);

        Delivered failed = new Delivered(job, JobOutcome.FAILED);
        assertThat(deliveries.recordNew(List.of(succeeded(job), failed), AT)).containsExactly(failed);
    }

    @Test
    void recordNew_givenNothing_answersNothing() {
        assertThat(deliveries.recordNew(List.of(), AT)).isEmpty();
    }

    @Test
    void recordNew_givenAUnitThatFails_keepsNothing() {
        assertThatThrownBy(() -> units().inSystem(() -> {
            deliveries.recordNew(List.of(succeeded(job)), AT);
            throw new IllegalStateException("the unit failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliveries.recordNew(List.of(succeeded(job)), AT)).containsExactly(succeeded(job));
    }

    @Test
    void recordNew_givenEightDeliveriesAtOnce_recordsOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            Delivered raced = succeeded(job + round);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Set<Delivered>>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return deliveries.recordNew(List.of(raced), AT);
                    }));
                }
                start.countDown();
                int first = 0;
                for (Future<Set<Delivered>> answer : answers) {
                    first += answer.get(30, TimeUnit.SECONDS).size();
                }
                assertThat(first).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void forgetReceivedBefore_givenOlderAndYoungerDeliveries_forgetsOnlyTheOlder() {
        forgetAllBefore(LONG_AGO.plusSeconds(86_400));
        deliveries.recordNew(List.of(succeeded(job)), LONG_AGO);
        deliveries.recordNew(List.of(succeeded(job + 1)), LONG_AGO.plusSeconds(3_600));

        assertThat(deliveries.forgetReceivedBefore(LONG_AGO.plusSeconds(3_600), 100)).isEqualTo(1);

        // Forgotten, a repeated delivery is new again; the one received at the cut-off stays known.
        assertThat(deliveries.recordNew(List.of(succeeded(job), succeeded(job + 1)), AT))
                .containsExactly(succeeded(job));
    }

    @Test
    void forgetReceivedBefore_givenALimit_forgetsTheOldestInBatchesOfAtMostIt() {
        Instant before = LONG_AGO.plusSeconds(86_400);
        forgetAllBefore(before);
        List<Delivered> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(succeeded(job + i));
            deliveries.recordNew(List.of(succeeded(job + i)), LONG_AGO.plusSeconds(60L * i));
        }

        assertThat(deliveries.forgetReceivedBefore(before, 2)).isEqualTo(2);
        assertThat(deliveries.forgetReceivedBefore(before, 2)).isEqualTo(2);
        assertThat(deliveries.forgetReceivedBefore(before, 2)).isEqualTo(1);
        assertThat(deliveries.forgetReceivedBefore(before, 2)).isZero();
        assertThat(deliveries.recordNew(five, AT)).containsExactlyInAnyOrderElementsOf(five);
    }

    @Test
    void forgetReceivedBefore_givenOneBatch_forgetsTheOldestFirst() {
        Instant before = LONG_AGO.plusSeconds(86_400);
        forgetAllBefore(before);
        List<Delivered> three = List.of(succeeded(job), succeeded(job + 1), succeeded(job + 2));
        deliveries.recordNew(List.of(three.get(1)), LONG_AGO.plusSeconds(120));
        deliveries.recordNew(List.of(three.get(0)), LONG_AGO.plusSeconds(60));
        deliveries.recordNew(List.of(three.get(2)), LONG_AGO.plusSeconds(180));

        assertThat(deliveries.forgetReceivedBefore(before, 2)).isEqualTo(2);

        assertThat(deliveries.recordNew(three, AT)).containsExactlyInAnyOrder(three.get(0), three.get(1));
    }

    @Test
    void forgetReceivedBefore_givenAUnitThatFails_forgetsNothing() {
        deliveries.recordNew(List.of(succeeded(job)), LONG_AGO);

        assertThatThrownBy(() -> units().inSystem(() -> {
            deliveries.forgetReceivedBefore(LONG_AGO.plusSeconds(1), 1_000);
            throw new IllegalStateException("the unit failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliveries.recordNew(List.of(succeeded(job)), AT)).isEmpty();
    }

    @Test
    void forgetReceivedBefore_givenNoPositiveLimit_refuses() {
        assertThatThrownBy(() -> deliveries.forgetReceivedBefore(AT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void forgetAllBefore(Instant before) {
        while (deliveries.forgetReceivedBefore(before, 1_000) > 0) {
            // until nothing older is left
        }
    }
}
