package net.adtelligent.domain.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.alert.AlertVerdict;
import org.junit.jupiter.api.Test;

class DbtRunRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final DbtRunRules RULES = new DbtRunRules(Duration.ofHours(26));

    @Test
    void verdicts_givenARecentGoodRun_resolveBoth() {
        DbtTarget target = target(run(NOW.minusSeconds(3_600), "success", "pass", "warn", "skipped"));

        assertThat(RULES.state(target, NOW)).isEqualTo(DbtRunRules.State.SUCCESS);
        assertThat(RULES.verdicts(target, NOW)).allMatch(verdict -> verdict instanceof AlertVerdict.Resolve);
    }

    @Test
    void verdicts_givenFailedNodes_raiseFailedNamingThem() {
        DbtTarget target = target(run(NOW.minusSeconds(60), "error", "fail", "skipped"));

        assertThat(RULES.state(target, NOW)).isEqualTo(DbtRunRules.State.FAILED);
        assertThat(RULES.verdicts(target, NOW)).first().isInstanceOfSatisfying(AlertVerdict.Raise.class, raise -> {
            assertThat(raise.kind()).isEqualTo(DbtRunRules.FAILED);
            assertThat(raise.message()).contains("2 nodes failed: node.0 (error), node.1 (fail)");
        });
        assertThat(RULES.verdicts(target, NOW).get(1)).isInstanceOf(AlertVerdict.Resolve.class);
    }

    @Test
    void verdicts_givenAGoodRunOlderThanTheLimit_raiseStale() {
        DbtTarget target = target(run(NOW.minus(Duration.ofHours(27)), "success"));

        assertThat(RULES.state(target, NOW)).isEqualTo(DbtRunRules.State.STALE);
        assertThat(RULES.describe(target, NOW)).contains("stale: older than PT26H");
        assertThat(RULES.verdicts(target, NOW).get(1)).isInstanceOfSatisfying(AlertVerdict.Raise.class,
                raise -> assertThat(raise.kind()).isEqualTo(DbtRunRules.STALE));
    }

    @Test
    void verdicts_givenNoRunOrAnUnreadableFile_raiseStaleAndSayWhy() {
        DbtTarget none = new DbtTarget(Either.right(Option.none()), Either.right(Option.none()));
        DbtTarget unreadable = new DbtTarget(Either.left("run_results.json not JSON (line 1)"), Either.right(Option.none()));

        assertThat(RULES.state(none, NOW)).isEqualTo(DbtRunRules.State.NO_RUN);
        assertThat(RULES.state(unreadable, NOW)).isEqualTo(DbtRunRules.State.UNKNOWN);
        assertThat(RULES.describe(unreadable, NOW)).isEqualTo("unknown: run_results.json not JSON (line 1)");
        for (DbtTarget target : List.of(none, unreadable)) {
            assertThat(RULES.verdicts(target, NOW).get(1)).isInstanceOf(AlertVerdict.Raise.class);
        }
    }

    @Test
    void rules_givenANonPositiveLimit_areRefused() {
        assertThatThrownBy(() -> new DbtRunRules(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static DbtTarget target(DbtRun run) {
        return new DbtTarget(Either.right(Option.of(run)), Either.right(Option.none()));
    }

    private static DbtRun run(Instant finished, String... statuses) {
        List<DbtNodeResult> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            nodes.add(new DbtNodeResult("node." + i, statuses[i], null, Duration.ofMillis(10)));
        }
        return new DbtRun(finished, "build", Duration.ofSeconds(12), nodes);
    }
}
