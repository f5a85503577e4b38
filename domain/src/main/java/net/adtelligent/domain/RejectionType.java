package net.adtelligent.domain;

import java.util.Objects;

/**
 * What every occurrence of one rejection shares: its kind, its stable code (lower case and
 * hyphenated, "slug-taken": the HTTP API builds its problem type URI from it, so it is never
 * reworded) and its short title ("Slug already taken"). One constant per rejection record.
 */
public record RejectionType(RejectionKind kind, String code, String title) {

    public RejectionType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
