package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.domain.dbt.DbtNodeResult;
import net.adtelligent.domain.dbt.DbtRun;
import net.adtelligent.domain.dbt.DbtSourceFreshness;
import net.adtelligent.domain.dbt.DbtTarget;
import net.adtelligent.ports.in.DbtState;

/**
 * GET /api/health/dbt/, for operators (the metrics token, as /api/health/airbyte/): the dbt
 * project's last run (when, which command, its failed nodes) and each source's freshness, as read
 * from dbt's target folder. Always 200 when served: a file that cannot be read is the state
 * {@code unknown} with the reason, not an error of this route.
 */
public final class DbtHealthHandler {

    record NodeJson(String uniqueId, String status, String message, String executionSeconds) {
    }

    record RunJson(String finishedAt, String command, String elapsedSeconds, int nodes, List<NodeJson> failed) {
    }

    record SourceJson(String uniqueId, String status, String maxLoadedAt, String snapshottedAt, String criteria,
                      String error) {
    }

    record FreshnessJson(String status, String checkedAt, String detail, List<SourceJson> sources) {
    }

    record OverviewJson(String status, boolean configured, String detail, String staleAfter, RunJson run,
                        FreshnessJson freshness) {
    }

    private final DbtState dbt;
    private final boolean tokenConfigured;
    private final Predicate<Context> operator;

    public DbtHealthHandler(DbtState dbt, boolean tokenConfigured, Predicate<Context> operator) {
        this.dbt = dbt;
        this.tokenConfigured = tokenConfigured;
        this.operator = operator;
    }

    public void overview(Context ctx) {
        if (!tokenConfigured) {
            throw new ProblemException(Problems.notServed());
        }
        if (!operator.test(ctx)) {
            ctx.header(Problems.WWW_AUTHENTICATE, "Bearer realm=\"adtelligent-metrics\"");
            throw new ProblemException(Problem.unauthorized("invalid-metrics-token", "Invalid metrics token",
                    "send the configured metrics token as Authorization: Bearer <token>"));
        }
        DbtState.Overview overview = dbt.overview();
        Option<DbtTarget> target = overview.target();
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, 200, new OverviewJson(overview.state().map(state -> state.wireName()).getOrElse("not_configured"),
                overview.configured(), overview.detail(), overview.staleAfter().toString(),
                target.flatMap(read -> read.run().getOrElse(Option.none())).map(DbtHealthHandler::run).getOrNull(),
                target.map(read -> freshness(read.freshness())).getOrNull()));
    }

    private static RunJson run(DbtRun run) {
        return new RunJson(run.finishedAt().toString(), run.command(), seconds(run.elapsed()), run.nodes().size(),
                run.failedNodes().stream().map(DbtHealthHandler::node).toList());
    }

    private static NodeJson node(DbtNodeResult node) {
        return new NodeJson(node.uniqueId(), node.status(), node.message(), seconds(node.executionTime()));
    }

    private static FreshnessJson freshness(Either<String, Option<DbtTarget.Freshness>> read) {
        if (read.isLeft()) {
            return new FreshnessJson("unknown", null, read.getLeft(), List.of());
        }
        if (read.get().isEmpty()) {
            return new FreshnessJson("not_checked", null, "sources.json is not in the target folder: run"
                    + " `dbt source freshness`", List.of());
        }
        DbtTarget.Freshness freshness = read.get().get();
        List<SourceJson> sources = freshness.sources().stream().map(DbtHealthHandler::source).toList();
        long failing = freshness.sources().stream().filter(source -> !source.status().equals("pass")).count();
        return new FreshnessJson("checked", freshness.checkedAt().toString(), failing == 0 ? "every source passed"
                : failing + " of " + sources.size() + " sources did not pass", sources);
    }

    private static SourceJson source(DbtSourceFreshness source) {
        return new SourceJson(source.uniqueId(), source.status(), source.maxLoadedAt().map(Object::toString).getOrNull(),
                source.snapshottedAt().map(Object::toString).getOrNull(), source.criteria(), source.error().getOrNull());
    }

    /** "3.848", as dbt reports seconds, without float noise. */
    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).toPlainString();
    }
}
