package net.adtelligent.domain.dbt;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One node (model, test, seed, snapshot) of a dbt invocation as run_results.json records it:
 * {@code status} is dbt's word ({@code success}, {@code error}, {@code skipped} for models;
 * {@code pass}, {@code warn}, {@code fail}, {@code error} for tests).
 */
public record DbtNodeResult(String uniqueId, String status, String message, Duration executionTime) {

    /** A warning or a skip is not a failure: a skipped node follows a failed one, which is counted. */
    private static final Set<String> FAILED = Set.of("error", "fail", "runtime error");
    public static final int MAX_MESSAGE = 500;

    public DbtNodeResult {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(executionTime, "executionTime");
        status = status.toLowerCase(Locale.ROOT);
        message = message == null ? "" : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    }

    public boolean failed() {
        return FAILED.contains(status);
    }
}
