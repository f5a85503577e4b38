package net.adtelligent.bootstrap.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.OptionalLong;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.Normaliser;

/**
 * What one normalisation of a whole file holds in memory. Measured in a run of its own, never a
 * timed one: the full collections it asks for would distort the timing.
 *
 * @param baseline   live heap before it starts (contracts, JVM), after a full collection
 * @param batch      live heap with every record added, before {@code finish()}: the rows by primary key
 * @param finished   live heap after {@code finish()}, with the batch and its result both still held
 * @param heapPeak   the heap pools' peaks summed: how far the collector let the heap grow
 * @param processPeak the process's peak resident set over the whole run, where Linux tells it
 */
public record Footprint(long rows, long baseline, long batch, long finished, long heapPeak, OptionalLong processPeak) {

    public static Footprint of(Path file, Normaliser normaliser) throws IOException {
        long baseline = PeakMemory.liveHeap();
        PeakMemory.resetHeapPeak();
        Batch batch = Workloads.fill(file, normaliser, Long.MAX_VALUE);
        long filled = PeakMemory.liveHeap();
        Batch.Result result = batch.finish();
        long finished = PeakMemory.liveHeap();
        long peak = PeakMemory.heapPeak();
        Reference.reachabilityFence(batch);
        return new Footprint(result.rows().size(), baseline, filled, finished, peak, PeakMemory.processPeak());
    }
}
