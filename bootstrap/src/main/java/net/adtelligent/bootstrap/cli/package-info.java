/** The command line: the one place that writes to the terminal. */
package net.adtelligent.bootstrap.cli;
