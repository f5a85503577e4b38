package net.adtelligent.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.metrics.MetricsRejection;
import net.adtelligent.domain.tenant.TenantRejection;
import net.adtelligent.domain.upload.ImportRejection;

/**
 * An RFC 9457 problem body. Failures only this API can have get a type URI of their own; plain
 * HTTP failures (unknown route, wrong method, too large, 500) use "about:blank" and the status phrase.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, List<FieldViolation> errors) {

    static final String TYPES = "https://adtelligent.net/problems/";

    static Problem validation(List<FieldViolation> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new Problem(TYPES + "validation", "Invalid request", 400, detail, List.copyOf(errors));
    }

    static Problem invalid(String field, String reason) {
        return validation(List.of(new FieldViolation(field, reason)));
    }

    static Problem malformedBody(String detail) {
        return new Problem(TYPES + "malformed-body", "Malformed request body", 400, detail, null);
    }

    static Problem http(int status, String detail) {
        HttpStatus known = HttpStatus.forStatus(status);
        String title = known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
        return new Problem("about:blank", title, status, detail, null);
    }

    static Problem unauthorized(String type, String title, String detail) {
        return new Problem(TYPES + type, title, 401, detail, null);
    }

    static Problem tooManyRequests(long retryAfterSeconds) {
        return new Problem(TYPES + "too-many-requests", "Too many requests", 429,
                "too many attempts; try again in " + retryAfterSeconds + " s", null);
    }

    static Problem tenantNotFound(String detail) {
        return new Problem(TYPES + "tenant-not-found", "Tenant not found", 404, detail, null);
    }

    static Problem memberNotFound(String detail) {
        return new Problem(TYPES + "member-not-found", "Member not found", 404, detail, null);
    }

    /** The one mapping of use-case outcomes to statuses; handlers override it only where a route says so. */
    static Problem of(Rejection rejection) {
        // Query parameters are named in errors like body fields: a client fixes both the same way.
        if (rejection instanceof InvalidFields invalid) {
            return validation(invalid.violations());
        }
        if (rejection instanceof TenantRejection tenant) {
            return of(tenant);
        }
        if (rejection instanceof AccessRejection access) {
            return of(access);
        }
        if (rejection instanceof IdentityRejection identity) {
            return of(identity);
        }
        if (rejection instanceof ImportRejection upload) {
            return of(upload);
        }
        if (rejection instanceof FactRejection fact) {
            return of(fact);
        }
        if (rejection instanceof MetricsRejection metrics) {
            return of(metrics);
        }
        throw new IllegalArgumentException("no problem mapping for " + rejection);
    }

    private static Problem of(TenantRejection rejection) {
        if (rejection instanceof TenantRejection.NotFound) {
            return tenantNotFound(rejection.detail());
        }
        if (rejection instanceof TenantRejection.SlugTaken) {
            return new Problem(TYPES + "slug-taken", "Slug already taken", 409, rejection.detail(), null);
        }
        return new Problem(TYPES + "tenant-suspended", "Tenant suspended", 409, rejection.detail(), null);
    }

    // Not a member and no such tenant are one rejection: both answer the same 404 body.
    private static Problem of(AccessRejection rejection) {
        if (rejection instanceof AccessRejection.NotFound) {
            return tenantNotFound(rejection.detail());
        }
        if (rejection instanceof AccessRejection.NoSuchMember) {
            return memberNotFound(rejection.detail());
        }
        if (rejection instanceof AccessRejection.Forbidden) {
            return new Problem(TYPES + "forbidden", "Forbidden", 403, rejection.detail(), null);
        }
        return new Problem(TYPES + "conflict", "Conflict", 409, rejection.detail(), null);
    }

    private static Problem of(IdentityRejection rejection) {
        if (rejection instanceof IdentityRejection.EmailTaken) {
            return new Problem(TYPES + "email-taken", "Email taken", 409, rejection.detail(), null);
        }
        if (rejection instanceof IdentityRejection.InvalidCredentials) {
            return unauthorized("invalid-credentials", "Invalid credentials", rejection.detail());
        }
        // Reset and invitation links arrive as a body field named token; refresh overrides this.
        return invalid("token", rejection.detail());
    }

    private static Problem of(ImportRejection rejection) {
        if (rejection instanceof ImportRejection.NotFound) {
            return new Problem(TYPES + "upload-not-found", "Upload not found", 404, rejection.detail(), null);
        }
        if (rejection instanceof ImportRejection.TooLarge) {
            return new Problem(TYPES + "upload-too-large", "Upload too large", 413, rejection.detail(), null);
        }
        if (rejection instanceof ImportRejection.Unreadable) {
            return new Problem(TYPES + "unreadable-upload", "Not a readable CSV file", 422, rejection.detail(), null);
        }
        return new Problem(TYPES + "upload-conflict", "Upload not in a state for this", 409, rejection.detail(), null);
    }

    private static Problem of(FactRejection rejection) {
        if (rejection instanceof FactRejection.UnknownSetting) {
            return new Problem(TYPES + "conversion-setting-not-found", "Conversion setting not found", 404,
                    rejection.detail(), null);
        }
        return new Problem(TYPES + "forbidden", "Forbidden", 403, rejection.detail(), null);
    }

    private static Problem of(MetricsRejection rejection) {
        return new Problem(TYPES + "snapshot-not-found", "No snapshot yet", 404, rejection.detail(), null);
    }
}
