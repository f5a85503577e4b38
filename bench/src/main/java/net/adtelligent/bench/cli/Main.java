package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.util.Map;

/** Entry point of adtelligent-bench.jar: the benchmarks, kept out of the service's own jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(System.getenv(), out, err, args));
    }

    /** Runs one benchmark with the given environment and terminal; answers the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        return net.adtelligent.bootstrap.cli.Main.execute(new BenchCommand(env), out, err, args);
    }
}
