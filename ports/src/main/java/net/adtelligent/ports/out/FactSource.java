package net.adtelligent.ports.out;

import java.util.function.Consumer;

/**
 * Rows produced while a store writes them (read from a file, say), so an import of any size keeps
 * memory flat. A source that throws stops the write, and the store keeps nothing of it.
 */
@FunctionalInterface
public interface FactSource<F> {

    void forEach(Consumer<? super F> sink);
}
