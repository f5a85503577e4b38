package net.adtelligent.adapters.http;

import java.util.List;

/** Every list answers this shape; nextCursor is written as null on the last page, never left out. */
record PageJson<T>(List<T> items, String nextCursor) {
}
