package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;
import org.apache.commons.csv.CSVRecord;

/**
 * Users' CSV exports read with Apache Commons CSV (RFC 4180 quoting), strictly UTF-8, one row at a
 * time: nothing of the file is held but the row being read. Rows become facts through the generic
 * CSV data contract ({@code csv.generic}).
 */
public final class CommonsCsvFiles implements CsvFiles {

    private final Contracts contracts;

    public CommonsCsvFiles(Contracts contracts) {
        this.contracts = contracts;
        contracts.stream(GenericCsvContract.STREAM).orElseThrow(() -> new IllegalArgumentException(
                "the contracts have no " + GenericCsvContract.STREAM + " stream"));
    }

    public CommonsCsvFiles() {
        this(Contracts.load());
    }

    @Override
    public Either<String, Layout> inspect(InputStream file) {
        BufferedInputStream buffered = new BufferedInputStream(file, BinarySniffer.SNIFF_BYTES);
        byte[] head = new byte[BinarySniffer.SNIFF_BYTES];
        int length;
        try {
            buffered.mark(BinarySniffer.SNIFF_BYTES);
            length = buffered.readNBytes(head, 0, head.length);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Option<String> binary = BinarySniffer.refuse(head, length);
        if (binary.isDefined()) {
            return Either.left(binary.get());
        }
        return header(buffered);
    }

    private static Either<String, Layout> header(InputStream file) {
        return HeaderLine.read(new Utf8Reader(file)).flatMap(line -> {
            char delimiter = DelimiterSniffer.sniff(line);
            List<String> headers;
            try {
                headers = CsvRows.parse(new StringReader(line), delimiter).iterator().next().stream()
                        .map(String::strip).toList();
            } catch (UncheckedIOException e) {
                return Either.left("the header cannot be read: a quote (\") that never closes, "
                        + "or text after a closing quote");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).isEmpty()) {
                    return Either.left("column " + (i + 1) + " of the header has no name: every column needs one");
                }
                Integer earlier = seen.putIfAbsent(headers.get(i), i);
                if (earlier != null) {
                    return Either.left("the header names '" + headers.get(i) + "' twice (columns " + (earlier + 1)
                            + " and " + (i + 1) + "): every column needs a name of its own");
                }
            }
            return Either.right(new Layout(headers, delimiter));
        });
    }

    @Override
    public void read(InputStream file, Layout layout, CsvMapping mapping, Target target, RowSink sink) {
        ExportColumns columns = new ExportColumns(layout, mapping);
        GenericCsvContract contract = new GenericCsvContract(contracts, mapping, target);
        ArrayDeque<Long> badLines = new ArrayDeque<>();
        CsvRows rows = new CsvRows(new Utf8Reader(file, badLines::add), layout.delimiter());
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            long line = rows.line();
            if (notUtf8(badLines, line, row) && line > 1) {
                sink.problems(line, List.of(new RowProblem(line, "", Utf8Reader.NOT_UTF8)));
            } else if (line > 1 && !CsvRows.blank(row)) {
                Either<List<RowProblem>, AdPerformanceDaily> fact = ExportRow.read(columns, line, row.toList())
                        .flatMap(record -> contract.fact(line, record, columns));
                if (fact.isRight()) {
                    sink.row(line, fact.get());
                } else {
                    sink.problems(line, fact.getLeft());
                }
            }
        }
        rows.stopped().forEach(problem -> sink.problems(problem.line(), List.of(problem)));
    }

    /**
     * Whether a bad line falls within the record (from its first line to its last, counting the
     * line breaks of its quoted values); bad lines before it are done with. The reader runs only
     * a buffer ahead of the parser, so few lines wait here.
     */
    private static boolean notUtf8(ArrayDeque<Long> badLines, long first, CSVRecord row) {
        long last = first + row.stream().mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
        boolean found = false;
        while (!badLines.isEmpty() && badLines.peekFirst() <= last) {
            found |= badLines.pollFirst() >= first;
        }
        return found;
    }
}
