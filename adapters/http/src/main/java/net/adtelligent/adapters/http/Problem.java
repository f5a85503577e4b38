package net.adtelligent.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.tenant.TenantRejection;

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

    static Problem of(TenantRejection rejection) {
        if (rejection instanceof TenantRejection.Invalid invalid) {
            return validation(invalid.violations());
        }
        if (rejection instanceof TenantRejection.NotFound) {
            return new Problem(TYPES + "tenant-not-found", "Tenant not found", 404, rejection.detail(), null);
        }
        if (rejection instanceof TenantRejection.SlugTaken) {
            return new Problem(TYPES + "slug-taken", "Slug already taken", 409, rejection.detail(), null);
        }
        if (rejection instanceof TenantRejection.Suspended) {
            return new Problem(TYPES + "tenant-suspended", "Tenant suspended", 409, rejection.detail(), null);
        }
        throw new IllegalArgumentException("no problem mapping for " + rejection);
    }
}
