package net.adtelligent.bench.archfixture;

import net.adtelligent.adapters.postgres.archfixture.PostgresAdapterPart;
import net.adtelligent.bootstrap.archfixture.BootstrapPart;
import picocli.CommandLine;

/** A benchmark may use bootstrap, any adapter and picocli: the rules must let it. */
public final class BenchUsingEveryModule {

    BootstrapPart service;
    PostgresAdapterPart adapter;

    CommandLine commandLine(Object command) {
        return new CommandLine(command);
    }
}
