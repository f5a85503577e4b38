package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private static HealthProbe probe(String name, java.util.function.Supplier<ComponentHealth> answer) {
        return new HealthProbe() {
            @Override
            public String component() {
                return name;
            }

            @Override
            public ComponentHealth probe() {
                return answer.get();
            }
        };
    }

    @Test
    void check_givenAllProbesUp_isUp() {
        HealthReport report = new HealthService(List.of(
                probe("database", () -> new ComponentHealth("database", true, "PostgreSQL 14")))).check();

        assertThat(report.up()).isTrue();
    }

    @Test
    void check_givenThrowingProbe_reportsItDownWithoutTheExceptionText() {
        HealthReport report = new HealthService(List.of(
                probe("database", () -> new ComponentHealth("database", true, "ok")),
                probe("mail", () -> {
                    throw new IllegalStateException("password=hunter2 rejected");
                }))).check();

        assertThat(report.up()).isFalse();
        assertThat(report.components()).extracting(ComponentHealth::component).containsExactly("database", "mail");
        assertThat(report.components().get(1).detail()).isEqualTo("unreachable").doesNotContain("hunter2");
    }

    @Test
    void check_givenProbeThatHangs_answersByTheDeadlineWithThatComponentDown() throws InterruptedException {
        CountDownLatch released = new CountDownLatch(1);
        HealthService service = new HealthService(List.of(
                probe("database", () -> hang(released)),
                probe("mail", () -> new ComponentHealth("mail", true, "ok"))));
        try {
            long start = System.nanoTime();
            HealthReport report = service.check(Duration.ofMillis(300));
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(tookMillis).isBetween(250L, 600L);
            assertThat(report.up()).isFalse();
            assertThat(report.components()).containsExactly(
                    new ComponentHealth("database", false, "no answer within 0.3 s"),
                    new ComponentHealth("mail", true, "ok"));
        } finally {
            released.countDown();
        }
    }

    @Test
    void check_givenProbeStillHangingFromTheLastCheck_joinsItInsteadOfAskingAgain() throws InterruptedException {
        CountDownLatch released = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        HealthService service = new HealthService(List.of(probe("database", () -> {
            asked.incrementAndGet();
            return hang(released);
        })));

        service.check(Duration.ofMillis(100));
        service.check(Duration.ofMillis(100));
        assertThat(asked).hasValue(1);

        released.countDown();
        Thread.sleep(200); // the released probe finishes; the next check asks afresh
        HealthReport after = service.check(Duration.ofMillis(500));
        assertThat(asked).hasValue(2);
        assertThat(after.up()).isTrue();
    }

    private static ComponentHealth hang(CountDownLatch released) {
        try {
            released.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return new ComponentHealth("database", true, "late");
    }
}
