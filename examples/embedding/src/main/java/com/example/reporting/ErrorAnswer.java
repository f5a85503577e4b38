package com.example.reporting;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;

/** How an embedding service turns the core's refusals into answers of its own (docs/embedding.md). */
record ErrorAnswer(int status, String code, String detail, List<String> fields) {

    // docs:begin rejections
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

    static ErrorAnswer answer(Rejection rejection) {
        return new ErrorAnswer(status(rejection.kind()), rejection.code(), rejection.detail(),
                rejection.violations().stream().map(FieldViolation::field).toList());
    }
    // docs:end
}
