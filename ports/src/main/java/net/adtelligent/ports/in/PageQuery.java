package net.adtelligent.ports.in;

import io.vavr.control.Option;
import java.util.Objects;

/** Which page of a list to read: after the opaque cursor of the previous page, at most limit items. */
public record PageQuery(Option<String> cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageQuery {
        Objects.requireNonNull(cursor, "cursor");
    }

    /** The first page of {@value #DEFAULT_LIMIT}. */
    public static PageQuery defaults() {
        return first(DEFAULT_LIMIT);
    }

    public static PageQuery first(int limit) {
        return new PageQuery(Option.none(), limit);
    }
}
