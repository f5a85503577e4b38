package net.adtelligent.contracts.csv;

import static net.adtelligent.contracts.csv.CsvSamples.FILES;
import static net.adtelligent.contracts.csv.CsvSamples.TARGET;
import static net.adtelligent.contracts.csv.CsvSamples.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;
import org.junit.jupiter.api.Test;

/** Files are read as they arrive: the first row is out long before the file is in. */
class StreamingTest {

    /** A file made up while it is read, so no test holds it either; counts what has been read. */
    private static final class GeneratedFile extends InputStream {

        private final long rows;
        private final String opening;
        private long row;
        private byte[] pending;
        private int at;
        long bytesRead;

        GeneratedFile(String opening, long rows) {
            this.opening = opening;
            this.rows = rows;
            this.pending = "date,campaign,spend\n".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            while (at == pending.length) {
                if (row == rows) {
                    return -1;
                }
                String text = row == 0 ? opening : "2024-05-01,Campaign " + row + ",12.50\n";
                pending = text.getBytes(StandardCharsets.UTF_8);
                at = 0;
                row++;
            }
            bytesRead++;
            return pending[at++] & 0xFF;
        }
    }

    private static final class Counting implements CsvFiles.RowSink {
        long rows;
        long bytesAtFirstRow = -1;
        final List<RowProblem> problems = new ArrayList<>();
        final GeneratedFile file;

        Counting(GeneratedFile file) {
            this.file = file;
        }

        @Override
        public void row(long line, AdPerformanceDaily fact) {
            bytesAtFirstRow = rows++ == 0 ? file.bytesRead : bytesAtFirstRow;
        }

        @Override
        public void problems(long line, List<RowProblem> found) {
            problems.addAll(found);
        }
    }

    @Test
    void read_givenALargeFile_handsOutRowsWhileItIsStillArriving() {
        GeneratedFile file = new GeneratedFile("2024-05-01,Campaign 0,12.50\n", 30_000);
        Counting sink = new Counting(file);

        FILES.read(file, FILES.inspect(new GeneratedFile("", 1)).get(), basic(DateOrder.ISO), TARGET, sink);

        assertThat(sink.rows).isEqualTo(30_000);
        assertThat(file.bytesRead).isGreaterThan(900_000);
        assertThat(sink.bytesAtFirstRow).isLessThan(64 * 1024);
    }

    @Test
    void read_givenAQuoteThatNeverCloses_stopsAfterAMillionCharactersInsteadOfHoldingTheRest() {
        GeneratedFile file = new GeneratedFile("2024-05-01,\"Campaign 0,12.50\n", 200_000);
        Counting sink = new Counting(file);

        FILES.read(file, FILES.inspect(new GeneratedFile("", 1)).get(), basic(DateOrder.ISO), TARGET, sink);

        assertThat(sink.problems).extracting(RowProblem::line).containsExactly(2L);
        assertThat(sink.problems.get(0).reason()).contains("more than a million characters");
        assertThat(file.bytesRead).isLessThan(2_000_000).isGreaterThan(RowLengthGuard.MAX_ROW_CHARS);
    }
}
