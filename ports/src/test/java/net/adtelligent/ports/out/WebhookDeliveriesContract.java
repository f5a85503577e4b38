package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.adtelligent.ports.out.WebhookDeliveries.JobOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every WebhookDeliveries must do. An adapter's test extends this and only says how to build one. */
public abstract class WebhookDeliveriesContract {

    private static final Instant AT = Instant.parse("2026-12-06T07:00:00Z");

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

    @Test
    void recordFirst_givenANewJob_isTrue() {
        assertThat(deliveries.recordFirst(job, JobOutcome.SUCCEEDED, AT)).isTrue();
    }

    @Test
    void recordFirst_givenTheSameJobAndOutcomeAgain_isFalse() {
        deliveries.recordFirst(job, JobOutcome.SUCCEEDED, AT);

        assertThat(deliveries.recordFirst(job, JobOutcome.SUCCEEDED, AT.plusSeconds(60))).isFalse();
    }

    @Test
    void recordFirst_givenAnotherOutcomeOrJob_recordsEach() {
        deliveries.recordFirst(job, JobOutcome.SUCCEEDED, AT);

        assertThat(deliveries.recordFirst(job, JobOutcome.FAILED, AT)).isTrue();
        assertThat(deliveries.recordFirst(job + 1, JobOutcome.SUCCEEDED, AT)).isTrue();
    }

    @Test
    void recordFirst_givenAUnitThatFails_keepsNothing() {
        assertThatThrownBy(() -> units().inSystem(() -> {
            deliveries.recordFirst(job, JobOutcome.FAILED, AT);
            throw new IllegalStateException("the signal failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliveries.recordFirst(job, JobOutcome.FAILED, AT)).isTrue();
    }

    @Test
    void recordFirst_givenEightDeliveriesAtOnce_recordsOne() throws Exception {
        for (int round = 0; round < 10; round++) {
            long raced = job + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return deliveries.recordFirst(raced, JobOutcome.SUCCEEDED, AT);
                    }));
                }
                start.countDown();
                int first = 0;
                for (Future<Boolean> answer : answers) {
                    first += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(first).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
