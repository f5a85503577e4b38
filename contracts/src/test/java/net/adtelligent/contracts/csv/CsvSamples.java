package net.adtelligent.contracts.csv;

import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;

/** Files, mappings and a recording sink for the CSV tests. */
final class CsvSamples {

    static final CommonsCsvFiles FILES = new CommonsCsvFiles();
    static final CsvFiles.Target TARGET = new CsvFiles.Target(
            new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1")),
            new ConnectionId(UUID.fromString("00000000-0000-0000-0000-0000000000c5")), Instant.parse("2024-06-01T08:00:00Z"));

    private CsvSamples() {
    }

    /** What a read handed to its sink: facts and problems by the line they start on. */
    static class Recording implements CsvFiles.RowSink {

        final Map<Long, AdPerformanceDaily> facts = new LinkedHashMap<>();
        final List<RowProblem> problems = new ArrayList<>();
        final List<Long> problemLines = new ArrayList<>();

        @Override
        public void row(long line, AdPerformanceDaily fact) {
            facts.put(line, fact);
        }

        @Override
        public void problems(long line, List<RowProblem> found) {
            problemLines.add(line);
            problems.addAll(found);
        }
    }

    static InputStream text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream bytes(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static byte[] resource(String name) {
        try (InputStream in = CsvSamples.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IOException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvMapping mapping(Map<String, String> columns, String currency, DateOrder order) {
        return new CsvMapping(columns, Option.of(currency).map(Currency::getInstance), order, "acct-1",
                CsvMapping.DEFAULT_SOURCE);
    }

    /** Inspects the file, then reads it under the mapping. */
    static Recording read(byte[] file, CsvMapping mapping) {
        CsvFiles.Layout layout = FILES.inspect(bytes(file)).getOrElseThrow(reason -> new AssertionError(reason));
        Recording recording = new Recording();
        FILES.read(bytes(file), layout, mapping, TARGET, recording);
        return recording;
    }

    static Recording read(String file, CsvMapping mapping) {
        return read(file.getBytes(StandardCharsets.UTF_8), mapping);
    }

    /** The usual small file: date, campaign, spend. */
    static CsvMapping basic(DateOrder order) {
        return mapping(Map.of("date", "date", "campaign_name", "campaign", "spend", "spend"), "EUR", order);
    }
}
