package net.adtelligent.bootstrap.archfixture;

/** Deliberately bad: bootstrap is a library too (it embeds); only its cli package may print. */
public final class BootstrapPrintingToStandardOut {

    void report(String line) {
        System.out.println(line);
    }
}
