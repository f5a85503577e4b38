package net.adtelligent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.RecordReader;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The two things timed side by side on the same file: parsing alone, the floor any JSON Lines
 * reader stands on, and the whole normalisation. Both read the file the same way.
 */
public final class Workloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    // Kept so the parsed trees count for something and the work cannot be optimised away.
    private static volatile long sink;

    private Workloads() {
    }

    /** A normaliser whose rows belong to a made-up tenant and connection: they are counted, never stored. */
    public static Normaliser normaliser(StreamContract contract) {
        return new Normaliser(contract, NormaliseContext.none(), new TenantId(new UUID(1, 1)), new ConnectionId(new UUID(1, 2)),
                Instant.now());
    }

    /** Reads up to {@code limit} lines and parses each into a tree with a default ObjectMapper; answers the lines read. */
    public static long parse(Path file, long limit) throws IOException {
        long lines = 0;
        long fields = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            while (lines < limit && (line = in.readLine()) != null) {
                fields += JSON.readTree(line).size();
                lines++;
            }
        }
        sink += fields;
        return lines;
    }

    /** Adds up to {@code limit} records to a new batch, unfinished, so a caller can look at what it holds. */
    public static Batch fill(Path file, Normaliser normaliser, long limit) throws IOException {
        Batch batch = normaliser.batch();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            RecordReader records = new RecordReader(in);
            for (long added = 0; added < limit && records.hasNext(); added++) {
                batch.add(records.next());
            }
        }
        return batch;
    }

    /**
     * The whole normalisation: read, validate, map, deduplicate, and turn the rows into domain facts,
     * each handed over and counted as a caller that stores them would take it: held, the rows of a
     * large file would be the run's memory, which the batch itself keeps flat.
     */
    public static Batch.Summary normalise(Path file, Normaliser normaliser, long limit) throws IOException {
        long[] facts = new long[1];
        Batch.Summary summary = fill(file, normaliser, limit).finish(row -> { }, fact -> facts[0]++);
        sink += facts[0];
        return summary;
    }
}
