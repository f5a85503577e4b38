package net.adtelligent.adapters.http.archfixture;

import java.util.logging.Logger;

/**
 * Deliberately bad: java.util.logging bypasses the SLF4J logging the host configures. Inline, not
 * in a field, which is the case ArchUnit's own JUL rule misses.
 */
public final class HttpUsingJavaUtilLogging {

    void handle() {
        Logger.getLogger(HttpUsingJavaUtilLogging.class.getName()).info("handled");
    }
}
