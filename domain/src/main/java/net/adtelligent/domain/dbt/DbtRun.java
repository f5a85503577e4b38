package net.adtelligent.domain.dbt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The last dbt invocation that wrote run_results.json: when it wrote it, which command it was
 * ({@code build}, {@code run}, …, empty when the file does not say), how long it took, each node.
 */
public record DbtRun(Instant finishedAt, String command, Duration elapsed, List<DbtNodeResult> nodes) {

    public DbtRun {
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(elapsed, "elapsed");
        nodes = List.copyOf(nodes);
    }

    public List<DbtNodeResult> failedNodes() {
        return nodes.stream().filter(DbtNodeResult::failed).toList();
    }

    public boolean succeeded() {
        return failedNodes().isEmpty();
    }
}
