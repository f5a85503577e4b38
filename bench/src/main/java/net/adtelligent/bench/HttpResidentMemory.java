package net.adtelligent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * This JVM's resident memory as Linux counts it: what the service costs the machine under load,
 * heap, metaspace, thread stacks and code cache included, which no Java API sums up.
 *
 * @param current the resident set now (VmRSS)
 * @param peak    the largest it has been since the JVM started (VmHWM)
 */
public record HttpResidentMemory(long current, long peak) {

    private static final Path STATUS = Path.of("/proc/self/status");

    /** Empty where there is no /proc (not Linux). */
    public static Optional<HttpResidentMemory> now() {
        try {
            if (!Files.isReadable(STATUS)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(STATUS);
            OptionalLong rss = field(lines, "VmRSS:");
            OptionalLong hwm = field(lines, "VmHWM:");
            return rss.isPresent() && hwm.isPresent()
                    ? Optional.of(new HttpResidentMemory(rss.getAsLong(), hwm.getAsLong()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    // "VmRSS:	  123456 kB"
    private static OptionalLong field(List<String> lines, String name) {
        return lines.stream()
                .filter(line -> line.startsWith(name))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .findFirst();
    }
}
