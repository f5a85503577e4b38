package net.adtelligent.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable lines of docs/contracts-changelog.md, one per stream and version:
 * {@code - `stream` vN [fingerprint] (column, column, ...): what changed}. A contract's current
 * version must have a line whose columns and fingerprint are the contract's own, so changing the
 * unified output without a new version (and a line saying why) fails.
 */
record Changelog(List<Entry> entries) {

    private static final Pattern LINE = Pattern.compile(
            "^- `([a-z0-9_.]+)` v(\\d+) \\[([0-9a-f]{12})\\] \\(([^)]*)\\)(?::.*)?$");

    record Entry(String stream, int version, String fingerprint, List<String> columns) {
    }

    static Changelog read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static Changelog parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                List<String> columns = Arrays.stream(m.group(4).split(",")).map(String::strip).toList();
                entries.add(new Entry(m.group(1), Integer.parseInt(m.group(2)), m.group(3), columns));
            }
        }
        return new Changelog(entries);
    }

    /** The line a contract's current version needs, for messages and for writing the changelog. */
    static String lineFor(StreamContract contract) {
        return "- `" + contract.stream() + "` v" + contract.version() + " [" + contract.outputFingerprint() + "] ("
                + String.join(", ", contract.outputColumns()) + "): <what changed>";
    }

    /** Every way the changelog and the contracts disagree; empty when they agree. */
    List<String> problems(List<StreamContract> contracts) {
        List<String> problems = new ArrayList<>();
        for (StreamContract contract : contracts) {
            List<Entry> own = entries.stream().filter(e -> e.stream().equals(contract.stream())).toList();
            own.stream().filter(e -> e.version() > contract.version()).forEach(e -> problems.add(
                    contract.stream() + ": the changelog has v" + e.version() + " but the contract is v" + contract.version()));
            own.stream().filter(e -> e.version() == contract.version()).findFirst().ifPresentOrElse(entry -> {
                if (!entry.columns().equals(contract.outputColumns()) || !entry.fingerprint().equals(contract.outputFingerprint())) {
                    problems.add(contract.stream() + " v" + contract.version() + ": the output differs from the changelog's"
                            + " line for this version; give the contract a new version and add: " + lineFor(contract));
                }
            }, () -> problems.add(contract.stream() + " v" + contract.version() + " has no changelog line; add: " + lineFor(contract)));
        }
        return problems;
    }
}
