package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Users' CSV exports read with Apache Commons CSV (RFC 4180 quoting), strictly UTF-8 (or UTF-16
 * where a byte-order mark says so), one row at a time: nothing of the file is held but the row
 * being read. The header may sit below a report's preamble ({@link HeaderFinder}); totals rows and
 * footers are left out ({@link SummaryRows}). Rows become facts through the generic CSV data
 * contract ({@code csv.generic}).
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
        Charset charset = ByteOrderMark.charset(head, length);
        // UTF-16 text is half NUL bytes; its characters are checked once decoded.
        Option<String> binary = charset.equals(StandardCharsets.UTF_8) ? BinarySniffer.refuse(head, length)
                : Option.none();
        if (binary.isDefined()) {
            return Either.left(binary.get());
        }
        return header(new TextReader(buffered, charset));
    }

    private static Either<String, Layout> header(TextReader text) {
        return HeaderFinder.find(text).flatMap(found -> {
            String line = found.text();
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
            return Either.right(new Layout(headers, delimiter, found.line()));
        });
    }

    @Override
    public void read(InputStream file, Layout layout, CsvMapping mapping, Target target, RowSink sink) {
        ExportColumns columns = new ExportColumns(layout, mapping);
        GenericCsvContract contract = new GenericCsvContract(contracts, mapping, target);
        ArrayDeque<Long> badLines = new ArrayDeque<>();
        BufferedInputStream buffered = new BufferedInputStream(file);
        TextReader text = new TextReader(buffered, charset(buffered), badLines::add);
        long header = layout.headerLine();
        PushbackReader afterPreamble = new PushbackReader(text, 1);
        skipLines(afterPreamble, header - 1);
        CsvRows rows = new CsvRows(afterPreamble, layout.delimiter(), header - 1);
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            long line = rows.line();
            boolean bad = notText(badLines, line, row);
            if (line <= header || !bad && CsvRows.blank(row)) {
                continue;
            }
            SummaryRows.Kind kind = bad ? SummaryRows.Kind.DATA : SummaryRows.of(row.toList(), columns);
            if (kind == SummaryRows.Kind.FOOTER) {
                sink.skipped(line, SummaryRows.FOOTER);
                break;
            } else if (kind == SummaryRows.Kind.TOTALS) {
                sink.skipped(line, SummaryRows.TOTALS);
            } else if (bad) {
                sink.problems(line, List.of(new RowProblem(line, "", text.notText())));
            } else {
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

    private static Charset charset(BufferedInputStream file) {
        byte[] head = new byte[2];
        try {
            file.mark(head.length);
            int length = file.readNBytes(head, 0, head.length);
            file.reset();
            return ByteOrderMark.charset(head, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The lines above the header, as HeaderFinder counted them (a CR LF is one line break).
    private static void skipLines(PushbackReader text, long lines) {
        try {
            long left = lines;
            boolean afterCr = false;
            while (left > 0) {
                int c = text.read();
                if (c < 0) {
                    return;
                }
                if (c == '\r' || c == '\n' && !afterCr) {
                    left--;
                }
                afterCr = c == '\r';
            }
            // A CR LF whose CR ended the last skipped line: its LF is no line of its own.
            if (afterCr) {
                int next = text.read();
                if (next >= 0 && next != '\n') {
                    text.unread(next);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a bad line falls within the record (from its first line to its last, counting the
     * line breaks of its quoted values); bad lines before it are done with. The reader runs only
     * a buffer ahead of the parser, so few lines wait here.
     */
    private static boolean notText(ArrayDeque<Long> badLines, long first, CSVRecord row) {
        if (badLines.isEmpty()) {
            return false; // nearly always: counting the row's line breaks is for files with bad bytes
        }
        long last = first + row.stream().mapToLong(value -> value.chars().filter(c -> c == '\n').count()).sum();
        boolean found = false;
        while (!badLines.isEmpty() && badLines.peekFirst() <= last) {
            found |= badLines.pollFirst() >= first;
        }
        return found;
    }
}
