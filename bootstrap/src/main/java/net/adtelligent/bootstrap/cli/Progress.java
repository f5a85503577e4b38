package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;

/**
 * Steps of long work on the terminal, overwriting one line; nothing when output is piped or
 * redirected, so scripts and logs see only the result.
 */
public final class Progress {

    private final PrintWriter err;
    private final boolean terminal;

    public Progress(PrintWriter err) {
        this(err, System.console() != null);
    }

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    public void step(String what) {
        if (terminal) {
            err.print("\r\033[2K" + what + " …");
            err.flush();
        }
    }

    public void done() {
        if (terminal) {
            err.print("\r\033[2K");
            err.flush();
        }
    }
}
