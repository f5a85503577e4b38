package net.adtelligent.adapters.http.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.tenant.TenantRejection;

/**
 * An RFC 9457 problem body. Failures only this API can have get a type URI of their own; plain
 * HTTP failures (unknown route, wrong method, too large, 500) use "about:blank" and the status phrase.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldViolation> errors) {

    public static final String TYPES = "https://adtelligent.net/problems/";

    /**
     * The most violations one answer lists: a body of a megabyte of unknown fields must not draw an
     * answer of several. The detail still counts all of them and says how many were left out.
     */
    public static final int MAX_LISTED = 100;

    static Problem validation(List<FieldViolation> errors) {
        return new Problem(TYPES + InvalidFields.TYPE.code(), InvalidFields.TYPE.title(), 400, count(errors), listed(errors));
    }

    private static String count(List<FieldViolation> errors) {
        String count = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        int rest = errors.size() - MAX_LISTED;
        return rest > 0 ? count + "; the first " + MAX_LISTED + " are listed, " + rest + " more are not" : count;
    }

    private static List<FieldViolation> listed(List<FieldViolation> errors) {
        return List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
    }

    public static Problem invalid(String field, String reason) {
        return validation(List.of(new FieldViolation(field, reason)));
    }

    public static Problem malformedBody(String detail) {
        return new Problem(TYPES + "malformed-body", "Malformed request body", 400, detail, null);
    }

    public static Problem http(int status, String detail) {
        HttpStatus known = HttpStatus.forStatus(status);
        String title = known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem unauthorized(String type, String title, String detail) {
        return new Problem(TYPES + type, title, 401, detail, null);
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        return new Problem(TYPES + "too-many-requests", "Too many requests", 429,
                "too many attempts; try again in " + retryAfterSeconds + " s", null);
    }

    /** More requests from one client address at once than the service lets one address hold. */
    public static Problem tooManyInProgress(long retryAfterSeconds) {
        return new Problem(TYPES + "too-many-requests", "Too many requests", 429,
                "too many requests from this address are in progress; try again in " + retryAfterSeconds + " s", null);
    }

    static Problem unavailable(String component) {
        return new Problem(TYPES + "unavailable", "Service unavailable", 503,
                "the " + component + " is unavailable; try again shortly", null);
    }

    static Problem tenantNotFound(String detail) {
        return new Problem(TYPES + TenantRejection.NotFound.TYPE.code(), TenantRejection.NotFound.TYPE.title(), 404, detail, null);
    }

    public static Problem memberNotFound(String detail) {
        return new Problem(TYPES + AccessRejection.NoSuchMember.TYPE.code(), AccessRejection.NoSuchMember.TYPE.title(), 404, detail,
                null);
    }

    /**
     * The one mapping of use-case outcomes to answers: the kind picks the status, the rejection
     * gives the rest. Handlers override it only where a route says so. Query parameters are named
     * in errors like body fields: a client fixes both the same way.
     */
    public static Problem of(Rejection rejection) {
        List<FieldViolation> violations = rejection.violations();
        if (violations.isEmpty()) {
            return new Problem(TYPES + rejection.code(), rejection.title(), status(rejection.kind()), rejection.detail(),
                    null);
        }
        // errors names every field and reason, so the detail only counts them.
        return new Problem(TYPES + rejection.code(), rejection.title(), status(rejection.kind()),
                count(violations), listed(violations));
    }

    static int status(RejectionKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }
}
