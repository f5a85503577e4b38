package net.adtelligent.contracts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** One sorted run of a {@link SpillSort} on disk: written once from a sorted stream, read back once in order. */
record RunFile(Path path, long rows) {

    // Per open run while merging; SpillSort.FAN_IN of them at most.
    private static final int BUFFER = 64 * 1024;

    static RunFile write(Path path, Iterator<SortedRow> sorted, RowCodec codec) throws IOException {
        long rows = 0;
        RowCodec.Encoder encoder = codec.encoder();
        try (SpillOutput out = new SpillOutput(Files.newOutputStream(path), BUFFER)) {
            while (sorted.hasNext()) {
                encoder.write(out, sorted.next());
                rows++;
            }
        }
        return new RunFile(path, rows);
    }

    Reader open(RowCodec codec) throws IOException {
        return new Reader(new SpillInput(Files.newInputStream(path), BUFFER), rows, codec.decoder());
    }

    /** The run's rows in order. Closes the file after the last row, so a merge keeps only unfinished runs open. */
    static final class Reader implements Iterator<SortedRow>, Closeable {

        private final SpillInput in;
        private final RowCodec.Decoder decoder;
        private long left;

        private Reader(SpillInput in, long rows, RowCodec.Decoder decoder) {
            this.in = in;
            this.left = rows;
            this.decoder = decoder;
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public SortedRow next() {
            if (left == 0) {
                throw new NoSuchElementException();
            }
            try {
                SortedRow row = decoder.read(in);
                if (--left == 0) {
                    in.close();
                }
                return row;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back spilled rows", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
