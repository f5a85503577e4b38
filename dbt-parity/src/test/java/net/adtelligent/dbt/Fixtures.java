package net.adtelligent.dbt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.adtelligent.contracts.FieldRule;
import net.adtelligent.contracts.JsonType;
import net.adtelligent.contracts.StreamContract;

/**
 * The contracts module's records of a stream (its fixtures and the connectors' published records
 * that have the contract's current shape), each given an extraction time: in the order Airbyte
 * emitted them (then by line), ending an hour before now, so restatements keep their order and
 * the sources read as fresh.
 */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path RESOURCES = Path.of("..", "contracts", "src", "test", "resources");

    private Fixtures() {
    }

    record Line(JsonNode data, long emitted, int line) {
    }

    static List<AirbyteTables.Landed> records(StreamContract stream, Instant end) {
        List<Line> lines = new ArrayList<>();
        for (Path file : files(stream)) {
            try {
                List<String> text = Files.readAllLines(file);
                for (int i = 0; i < text.size(); i++) {
                    if (text.get(i).isBlank()) {
                        continue;
                    }
                    JsonNode node = JSON.readTree(text.get(i));
                    JsonNode record = node.has("record") ? node.get("record") : node;
                    if (record.get("data") instanceof ObjectNode data && hasCurrentShape(stream, data)) {
                        lines.add(new Line(data, record.path("emitted_at").asLong(0), lines.size()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.sort(Comparator.comparingLong(Line::emitted).thenComparingInt(Line::line));
        List<AirbyteTables.Landed> landed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            landed.add(new AirbyteTables.Landed(lines.get(i).data(), end.minusSeconds(lines.size() - i)));
        }
        return landed;
    }

    /** Records as Airbyte messages with their extraction time, for the Java normaliser. */
    static Path write(List<AirbyteTables.Landed> records, String streamName, Path file) {
        List<String> lines = new ArrayList<>();
        for (AirbyteTables.Landed record : records) {
            ObjectNode message = JSON.createObjectNode().put("type", "RECORD");
            message.putObject("record").put("stream", streamName).put("emitted_at", record.extractedAt().toEpochMilli())
                    .set("data", record.data());
            lines.add(message.toString());
        }
        try {
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Older connector versions' shapes are the Java normaliser's variants; Airbyte's tables of a
    // current connector hold the current shape, so only that is loaded.
    private static boolean hasCurrentShape(StreamContract stream, ObjectNode data) {
        return stream.schema().required().stream().allMatch(data::hasNonNull)
                && stream.schema().properties().entrySet().stream()
                .allMatch(field -> fits(field.getValue(), data.get(field.getKey())));
    }

    // Airbyte types its columns: a value that is not of its field's type never lands as such.
    private static boolean fits(FieldRule rule, JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (rule.types().contains(JsonType.STRING) && value.isTextual()) {
            try {
                rule.format().filter("date"::equals).ifPresent(date -> LocalDate.parse(value.asText()));
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        if (value.isNumber()) {
            return rule.numeric();
        }
        if (value.isTextual() && rule.numeric() && rule.numericString()) {
            try {
                new BigDecimal(value.asText().strip());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return !value.isTextual() && !value.isNumber();
    }

    private static List<Path> files(StreamContract stream) {
        List<Path> files = new ArrayList<>(List.of(RESOURCES.resolve("fixtures").resolve(stream.stream() + ".jsonl")));
        try (Stream<Path> upstream = Files.list(RESOURCES.resolve("upstream"))) {
            upstream.filter(path -> path.getFileName().toString().startsWith(stream.stream() + "."))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().filter(Files::exists).toList();
    }
}
