/** The adtelligent-bench command line: one command per benchmark, each printing its side-by-side figures. */
package net.adtelligent.bench.cli;
