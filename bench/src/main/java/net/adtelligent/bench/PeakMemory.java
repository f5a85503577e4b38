package net.adtelligent.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The memory figures a benchmark reports. The heap peak says how far the collector let the heap
 * grow, which depends on its heuristics as much as on need; the live heap after a full collection
 * says what the work really holds; the process peak is what the machine had to give.
 */
public final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakMemory() {
    }

    public static void resetHeapPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the last reset: an upper bound, as pools peak at different times. */
    public static long heapPeak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Heap in use after a full collection: what is still reachable at the moment of the call. */
    public static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The process's peak resident set (VmHWM), where Linux tells it; the JVM's own overhead included. */
    public static OptionalLong processPeak() {
        try {
            if (!Files.isReadable(STATUS)) {
                return OptionalLong.empty();
            }
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
