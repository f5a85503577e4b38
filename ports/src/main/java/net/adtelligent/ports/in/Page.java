package net.adtelligent.ports.in;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/** One page of a list; nextCursor is empty on the last page. */
public record Page<T>(List<T> items, Option<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
