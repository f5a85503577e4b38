package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of adtelligent.jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(System.getenv(), out, err, args));
    }

    /** Runs one command with the given environment and terminal; answers the exit code. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        return execute(new AdtelligentCommand(env), out, err, args);
    }

    /** Runs a picocli command as every launcher of this project does: one clear line and an exit code on failure. */
    public static int execute(Object command, PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new FailureHandler())
                .execute(args);
    }
}
