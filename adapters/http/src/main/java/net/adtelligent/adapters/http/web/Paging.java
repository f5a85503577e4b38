package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import io.vavr.control.Option;
import net.adtelligent.ports.in.PageQuery;

/** ?cursor=&amp;limit= as every list takes them. */
public final class Paging {

    private Paging() {
    }

    public static PageQuery of(Context ctx) {
        return new PageQuery(cursor(ctx), limit(ctx));
    }

    static Option<String> cursor(Context ctx) {
        String raw = ctx.queryParam("cursor");
        return raw == null || raw.isEmpty() ? Option.none() : Option.of(raw);
    }

    /** Only the shape is checked here; the range is the use case's rule, and it names "limit" too. */
    static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return PageQuery.DEFAULT_LIMIT;
        }
        // "?limit=" says a limit and gives none: refused, like any other text that is not a number.
        if (raw.isEmpty() || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException(Problem.invalid("limit",
                    "must be a whole number between 1 and " + PageQuery.MAX_LIMIT));
        }
        return raw.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(raw);
    }
}
