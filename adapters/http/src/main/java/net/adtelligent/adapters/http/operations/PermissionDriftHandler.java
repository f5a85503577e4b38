package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.domain.permission.Difference;
import net.adtelligent.domain.permission.DriftReport;
import net.adtelligent.domain.permission.PermissionReview;
import net.adtelligent.domain.permission.PlatformState;

/**
 * GET /api/permissions/drift/: the drift check of the permission catalog (what consents ask for,
 * the connectors' scopes, overrides, the review checklist), for operators only: it tells which
 * overrides are in force. Answered 200 whether or not there is drift; the body's status says which.
 * Without a check to serve, or without a metrics token configured, the path answers 404.
 */
public final class PermissionDriftHandler {

    record PlatformJson(String platform, boolean oauthConfigured, List<String> requested, boolean overridden) {
    }

    record DifferenceJson(String platform, String scope, String kind, String detail) {
    }

    record DriftJson(String status, List<PlatformJson> platforms, List<DifferenceJson> differences) {
    }

    private final Optional<PermissionReview> review;
    private final AppMetricsHandler operators;

    public PermissionDriftHandler(Optional<PermissionReview> review, AppMetricsHandler operators) {
        this.review = review;
        this.operators = operators;
    }

    public void check(Context ctx) {
        operators.requireOperator(ctx);
        DriftReport report = review.orElseThrow(() -> new ProblemException(Problems.notServed())).drift();
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, 200, new DriftJson(report.inStep() ? "in_step" : "drift",
                report.platforms().stream().map(PermissionDriftHandler::json).toList(),
                report.differences().stream().map(PermissionDriftHandler::json).toList()));
    }

    private static PlatformJson json(PlatformState state) {
        return new PlatformJson(state.platform().key(), state.oauthConfigured(), state.requested(), state.overridden());
    }

    private static DifferenceJson json(Difference difference) {
        return new DifferenceJson(difference.platform().key(), difference.scope(), difference.kind().wireName(),
                difference.detail());
    }
}
