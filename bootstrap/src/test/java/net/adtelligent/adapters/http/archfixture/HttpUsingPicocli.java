package net.adtelligent.adapters.http.archfixture;

import picocli.CommandLine;

/** Deliberately bad: command-line parsing outside bootstrap. */
public final class HttpUsingPicocli {

    CommandLine commandLine;
}
