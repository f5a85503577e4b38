package net.adtelligent.adapters.http.web;

import java.util.List;

/** Every list answers this shape; nextCursor is written as null on the last page, never left out. */
public record PageJson<T>(List<T> items, String nextCursor) {
}
