package net.adtelligent.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.RecordReader;

/**
 * What one normalisation of a whole file holds in memory, at the two moments it holds the most.
 * Measured in a run of its own, never a timed one: the full collections it asks for would distort
 * the timing.
 *
 * @param fullestAfter the records added when {@code filling} was measured
 * @param baseline    live heap before it starts (contracts, JVM), after a full collection
 * @param filling     live heap with the batch at its fullest: {@link Batch#ROWS_IN_MEMORY} rows less one
 *                    added, the moment before its first spill (or every record, in a smaller file)
 * @param finishing   live heap as {@code finish()} hands out its first row: the last sort's rows in
 *                    memory and its runs open for the merge
 * @param heapPeak    the heap pools' peaks summed: how far the collector let the heap grow
 * @param processPeak the process's peak resident set over the whole run, where Linux tells it
 */
public record Footprint(long rows, long fullestAfter, long baseline, long filling, long finishing, long heapPeak,
                        OptionalLong processPeak) {

    public static Footprint of(Path file, Normaliser normaliser) throws IOException {
        long baseline = PeakMemory.liveHeap();
        PeakMemory.resetHeapPeak();
        long added = 0;
        long filling = -1;
        Batch batch = normaliser.batch();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (RecordReader records = new RecordReader(in); records.hasNext(); ) {
                batch.add(records.next());
                if (++added == Batch.ROWS_IN_MEMORY - 1) {
                    filling = PeakMemory.liveHeap();
                }
            }
        }
        long fullestAfter = Math.min(added, Batch.ROWS_IN_MEMORY - 1);
        if (filling < 0) {
            filling = PeakMemory.liveHeap();
        }
        long[] finishing = {-1};
        Batch.Summary summary = batch.finish(row -> {
            if (finishing[0] < 0) {
                finishing[0] = PeakMemory.liveHeap();
            }
        }, fact -> { });
        return new Footprint(summary.rows(), fullestAfter, baseline, filling, finishing[0], PeakMemory.heapPeak(),
                PeakMemory.processPeak());
    }
}
