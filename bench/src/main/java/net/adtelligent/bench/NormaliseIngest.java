package net.adtelligent.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.RecordReader;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.IngestFacts;

/**
 * The Java path of `adtelligent contracts normalize --ingest`: a file of Airbyte messages through
 * the normaliser, its facts stored through the core's ingest in chunks as they come, all in one
 * unit of work. Timed in parts with plain clocks: reading and normalising (everything before a fact
 * reaches the store), storing (the time inside the store's sink, where chunks are written), and the
 * rest of the unit of work (opening, the last chunk, commit).
 */
public final class NormaliseIngest {

    private static final Actor OPERATOR = Actor.system("adtelligent-bench dbt");

    /** Times in nanoseconds: the whole, the part inside the sink, and inside the source (which holds the sink's). */
    public record Timed(long records, long rows, long rejected, long stored, long totalNanos, long sourceNanos, long sinkNanos) {

        public long normaliseNanos() {
            return sourceNanos - sinkNanos;
        }

        public long databaseNanos() {
            return totalNanos - normaliseNanos();
        }
    }

    private NormaliseIngest() {
    }

    public static Timed run(Adtelligent core, Tenant tenant, StreamContract stream, ConnectionId connection, String account, Path file) {
        Batch.Summary[] summary = new Batch.Summary[1];
        long[] sink = new long[1];
        long[] source = new long[1];
        long started = System.nanoTime();
        IngestFacts.Summary stored = core.ingestFacts().ingestAll(OPERATOR, tenant.slug(), facts -> {
            long sourceStarted = System.nanoTime();
            try (Batch batch = new Normaliser(stream, NormaliseContext.none().own("account_id", account), tenant.id(), connection,
                    Instant.now()).batch();
                 Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                new RecordReader(in).forEachRemaining(batch::add);
                summary[0] = batch.finish(row -> { }, fact -> {
                    long handed = System.nanoTime();
                    facts.accept(fact);
                    sink[0] += System.nanoTime() - handed;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            source[0] = System.nanoTime() - sourceStarted;
        }).getOrElseThrow(rejection -> new IllegalStateException("nothing stored: " + rejection.detail()));
        long total = System.nanoTime() - started;
        return new Timed(summary[0].records(), summary[0].rows(), summary[0].rejectedTotal(), stored.total(), total, source[0], sink[0]);
    }
}
