package net.adtelligent.bootstrap.archfixture;

import net.adtelligent.bench.archfixture.BenchUsingEveryModule;

/** Wrong: the service must never reach into the benchmarks. */
public final class BootstrapUsingBench {

    BenchUsingEveryModule bench;
}
