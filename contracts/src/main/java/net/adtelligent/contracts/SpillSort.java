package net.adtelligent.contracts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts rows while holding at most {@code limit} of them: when that many are held they are sorted
 * and written to a run file, and {@link #drain()} merges the runs. Run files are created with the
 * owner's permissions only (they hold tenants' data) and deleted by {@link #close()}, which never
 * throws, so an owner can call it on every path out, failures included.
 */
final class SpillSort implements AutoCloseable {

    // Runs merged at once: each open run holds a read buffer, and a process a limited number of files.
    static final int FAN_IN = 64;

    private final Comparator<SortedRow> order;
    private final int limit;
    private final Path directory;
    private final RowCodec codec;
    private final List<SortedRow> held = new ArrayList<>();
    private final List<RunFile> runs = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<Closeable> readers = new ArrayList<>();

    SpillSort(Comparator<SortedRow> order, int limit, Path directory, RowCodec codec) {
        this.order = order;
        this.limit = limit;
        this.directory = directory;
        this.codec = codec;
    }

    void add(SortedRow row) {
        held.add(row);
        if (held.size() >= limit) {
            held.sort(order);
            runs.add(write(draining(held)));
            held.clear();
        }
    }

    /**
     * Every row added, in order, read once. Where the runs and the rows held are more than {@link #FAN_IN},
     * runs are first merged into longer ones, only as many as it takes, so most rows are written once.
     */
    Iterator<SortedRow> drain() {
        held.sort(order);
        while (runs.size() >= FAN_IN) {
            int merging = Math.min(FAN_IN, runs.size() - FAN_IN + 2);
            List<RunFile> merged = new ArrayList<>(runs.subList(0, merging));
            runs.subList(0, merging).clear();
            runs.add(write(merge(merged, Collections.emptyIterator())));
            merged.forEach(run -> delete(run.path()));
        }
        return merge(runs, draining(held));
    }

    private Iterator<SortedRow> merge(List<RunFile> some, Iterator<SortedRow> inMemory) {
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.row(), b.row()));
        List<Iterator<SortedRow>> sources = new ArrayList<>(List.of(inMemory));
        try {
            for (RunFile run : some) {
                RunFile.Reader reader = run.open(codec);
                readers.add(reader);
                sources.add(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled rows", e);
        }
        sources.stream().filter(Iterator::hasNext).forEach(source -> heads.add(new Head(source.next(), source)));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public SortedRow next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                if (head.source().hasNext()) {
                    heads.add(new Head(head.source().next(), head.source()));
                }
                return head.row();
            }
        };
    }

    private record Head(SortedRow row, Iterator<SortedRow> source) {
    }

    // Lets go of each row as it is read, so a drained sort and its successor never hold both their rows.
    private static Iterator<SortedRow> draining(List<SortedRow> rows) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows.size();
            }

            @Override
            public SortedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.set(next++, null);
            }
        };
    }

    private RunFile write(Iterator<SortedRow> sorted) {
        try {
            Path file = Files.createTempFile(directory, "adtelligent-batch-", ".run");
            files.add(file);
            return RunFile.write(file, sorted, codec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill rows to " + directory, e);
        }
    }

    @Override
    public void close() {
        for (Closeable reader : readers) {
            try {
                reader.close();
            } catch (IOException e) {
                // Read-only; the file is deleted next either way.
            }
        }
        readers.clear();
        held.clear();
        runs.clear();
        files.forEach(SpillSort::delete);
        files.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit(); // the last chance; a failure to clean up must not hide why the batch ended
        }
    }
}
