/** Benchmarks run from the command line: the input they generate, the work they time, the memory they read. */
package net.adtelligent.bench;
