package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
