package net.adtelligent.bootstrap.cli.archfixture;

/** Fine: the command line is the one place that talks to the terminal. */
public final class CliPrintingToStandardOut {

    void report(String line) {
        System.out.println(line);
    }
}
