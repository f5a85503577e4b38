package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The records of one normalisation run. Restated records (the same primary key again) replace the
 * earlier one when extracted at the same time or later, as {@link DailyFact#replaces} rules for
 * stored rows; then, where the contract aggregates to the day, rows of one day and grain are summed.
 * Rows come out in the order their keys first arrived, as they did when a batch was one map.
 * Memory stays flat whatever the input: beyond
 * a set number of rows the batch sorts what it holds into a spill file and merges the files at the
 * end; a primary key does not always fix the day and grain (LinkedIn's key has the end date, its day
 * is the start date), so deduplication, summing and arrival order are three sorts, not one.
 */
public final class Batch implements AutoCloseable {

    /** Rows held in memory before they spill to disk: an ad row takes about 1 KB, so some 50 MB (docs/benchmarks.md). */
    public static final int ROWS_IN_MEMORY = 50_000;
    /** Rejected records kept for the report; those beyond are only counted. */
    static final int REJECTED_KEPT = 1_000;

    private final Normaliser normaliser;
    private final TenantId tenant;
    private final ConnectionId connection;
    private final int rowsInMemory;
    private final Path spillDirectory;
    private final RowCodec codec;
    private final List<SpillSort> sorts = new ArrayList<>();
    private final SpillSort byKey;
    private final List<Rejected> rejected = new ArrayList<>();
    private long rejectedTotal;
    private long records;
    private boolean finished;

    Batch(Normaliser normaliser, TenantId tenant, ConnectionId connection) {
        this(normaliser, tenant, connection, ROWS_IN_MEMORY, Path.of(System.getProperty("java.io.tmpdir")));
    }

    Batch(Normaliser normaliser, TenantId tenant, ConnectionId connection, int rowsInMemory, Path spillDirectory) {
        if (rowsInMemory < 1) {
            throw new IllegalArgumentException("a batch holds at least one row in memory: " + rowsInMemory);
        }
        this.normaliser = normaliser;
        this.tenant = tenant;
        this.connection = connection;
        this.rowsInMemory = rowsInMemory;
        this.spillDirectory = spillDirectory;
        this.codec = new RowCodec(normaliser.contract().fact());
        this.byKey = sort(SortedRow.BY_KEY_THEN_LATEST);
    }

    /** A record that gave no row: its input line (0 where the domain refused a finished row) and why. */
    public record Rejected(long line, List<Violation> violations) {
        public Rejected {
            violations = List.copyOf(violations);
        }
    }

    /**
     * The outcome as lists: the facts as domain records, the same rows by column name, and the
     * records rejected (the first thousand; {@code rejectedTotal} counts them all).
     */
    public record Result(long records, List<DailyFact<?>> facts, List<UnifiedRow> rows, List<Rejected> rejected,
                         long rejectedTotal) {
        public Result {
            facts = List.copyOf(facts);
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }

        public Result(long records, List<DailyFact<?>> facts, List<UnifiedRow> rows, List<Rejected> rejected) {
            this(records, facts, rows, rejected, rejected.size());
        }
    }

    /** What a streaming {@link #finish(Consumer, Consumer)} handed over, and what it rejected. */
    public record Summary(long records, long rows, List<Rejected> rejected, long rejectedTotal) {
        public Summary {
            rejected = List.copyOf(rejected);
        }
    }

    public Batch add(SourceRecord record) {
        requireOpen();
        records++;
        Either<List<Violation>, Normaliser.Shaped> row = normaliser.shaped(record);
        if (row.isLeft()) {
            reject(new Rejected(record.line(), row.getLeft()));
        } else {
            // The key is read from the record in the contract's shape, whichever connector version wrote it.
            byKey.add(new SortedRow(key(row.get().data()), records, row.get().row()));
        }
        return this;
    }

    /** Every row and fact in lists: for tests and inputs that fit in memory. */
    public Result finish() {
        List<UnifiedRow> rows = new ArrayList<>();
        List<DailyFact<?>> facts = new ArrayList<>();
        Summary summary = finish(rows::add, facts::add);
        return new Result(summary.records(), facts, rows, summary.rejected(), summary.rejectedTotal());
    }

    /**
     * Hands each output row, then its fact, to the consumers as the merge produces them, holding no
     * more than the batch's limit of rows. A row the domain refuses goes to neither but is rejected.
     * Spill files are deleted however it ends; a batch finishes once.
     */
    public Summary finish(Consumer<UnifiedRow> rows, Consumer<DailyFact<?>> facts) {
        requireOpen();
        try {
            long handed = 0;
            for (Iterator<SortedRow> out = outcome(); out.hasNext(); ) {
                UnifiedRow row = out.next().row();
                DailyFact<?> fact;
                try {
                    fact = FactRows.toFact(row, tenant, connection);
                } catch (IllegalArgumentException e) {
                    // The domain refused what the contract produced (negative spend, say): reported, not stored.
                    reject(new Rejected(0, List.of(new Violation("", "a valid " + row.fact().id() + " row", e.getMessage()))));
                    continue;
                }
                rows.accept(row);
                facts.accept(fact);
                handed++;
            }
            return new Summary(records, handed, rejected, rejectedTotal);
        } finally {
            close();
        }
    }

    /** Deletes the batch's spill files, for a batch given up before it finished; finishing does it anyway. */
    @Override
    public void close() {
        finished = true;
        sorts.forEach(SpillSort::close);
    }

    // Deduplicated (the last of each key's stretch wins), summed to the day where the contract says, then in arrival order.
    private Iterator<SortedRow> outcome() {
        Iterator<SortedRow> rows = new AdjacentFold(byKey.drain(), SortedRow::key,
                (earlier, later) -> new SortedRow(earlier.key(), Math.min(earlier.seq(), later.seq()), later.row()));
        if (normaliser.contract().aggregateToDay().isPresent()) {
            List<String> grain = normaliser.contract().grain();
            rows = new AdjacentFold(sorted(rows, SortedRow.byDay(grain)), sorted -> SortedRow.day(sorted.row(), grain),
                    (sum, more) -> new SortedRow(sum.key(), sum.seq(), DaySums.plus(sum.row(), more.row())));
        }
        return sorted(rows, SortedRow.BY_ARRIVAL);
    }

    // Keys matter only to deduplication, which comes first: later sorts neither keep nor spill them.
    private Iterator<SortedRow> sorted(Iterator<SortedRow> rows, Comparator<SortedRow> order) {
        SpillSort sort = sort(order);
        rows.forEachRemaining(row -> sort.add(new SortedRow(List.of(), row.seq(), row.row())));
        return sort.drain();
    }

    private SpillSort sort(Comparator<SortedRow> order) {
        SpillSort sort = new SpillSort(order, rowsInMemory, spillDirectory, codec);
        sorts.add(sort);
        return sort;
    }

    private void reject(Rejected record) {
        rejectedTotal++;
        if (rejected.size() < REJECTED_KEPT) {
            rejected.add(record);
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("this batch has finished; Normaliser.batch() starts another");
        }
    }

    private List<String> key(ObjectNode data) {
        List<String> key = new ArrayList<>(normaliser.contract().primaryKey().size());
        for (JsonPointer field : normaliser.contract().primaryKey()) {
            JsonNode value = data.at(field);
            key.add(value.isMissingNode() || value.isNull() ? null : value.asText());
        }
        return key;
    }
}
