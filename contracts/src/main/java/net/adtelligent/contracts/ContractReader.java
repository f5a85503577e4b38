package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import net.adtelligent.domain.fact.Platform;

/** Reads one contract file into a {@link StreamContract}, refusing anything it would have to guess at. */
final class ContractReader {

    // A key given twice would silently keep the last value: refuse it instead.
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> KEYS = Set.of("stream", "platform", "version", "fact", "notes", "upstream",
            "schema", "primary_key", "cursor", "date", "time_zone", "lookback_days", "grain", "aggregate_to_day", "mapping", "variants");
    // The domain's platforms, the one list of them.
    private static final Set<String> PLATFORMS = Arrays.stream(Platform.values()).map(Platform::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern VERSIONS = Pattern.compile("(==|>=|<=|<|>)\\d+(\\.\\d+)*(,(==|>=|<=|<|>)\\d+(\\.\\d+)*)*");
    private static final Pattern STREAM = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");

    private ContractReader() {
    }

    static StreamContract read(String file, InputStream in) {
        JsonNode json;
        try {
            json = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ContractFileException(file, "(file)", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (json == null || !json.isObject()) {
            throw new ContractFileException(file, "(file)", "expected a JSON object");
        }
        Node root = new Node(file, "", json).allowOnly(KEYS);
        String stream = stream(root, file);
        String platform = platform(root.required("platform"), stream);
        Fact fact = Fact.byId(root.required("fact").text()).orElseGet(() ->
                root.child("fact").failed("unknown fact (known: " + Fact.known() + ")"));
        StreamContract contract = new StreamContract(
                stream,
                platform,
                version(root.required("version")),
                fact,
                root.optional("notes").map(notes -> notes.elements().stream().map(Node::text).toList()).orElse(List.of()),
                schema(root.required("schema")),
                pointers(root.required("primary_key")),
                nullable(root.required("cursor")).map(Node::pointer),
                date(root.required("date")),
                TimeZoneRule.byId(root.required("time_zone").text()).orElseGet(() ->
                        root.child("time_zone").failed("unknown time zone rule (known: " + TimeZoneRule.known() + ")")),
                root.required("lookback_days").nonNegativeInt(),
                root.required("grain").nonEmptyElements().stream().map(Node::text).toList(),
                nullable(root.required("aggregate_to_day")).map(agg ->
                        new DayAggregation(pointers(agg.allowOnly(Set.of("over")).required("over")))),
                nullable(root.required("upstream")).map(up -> new Upstream(
                        up.allowOnly(Set.of("package", "stream", "versions")).required("package").text(),
                        up.required("stream").text(), versions(up.required("versions")))),
                root.optional("variants").map(ContractReader::variants).orElse(List.of()),
                MappingReader.read(root.required("mapping"), fact),
                Fingerprint.of(json));
        ContractChecks.check(contract, file);
        return contract;
    }

    private static String stream(Node root, String file) {
        Node stream = root.required("stream");
        if (!STREAM.matcher(stream.text()).matches()) {
            stream.failed("expected <platform>.<stream> in lower case, found \"" + stream.text() + "\"");
        }
        if (!file.endsWith("/" + stream.text() + ".json") && !file.equals(stream.text() + ".json")) {
            stream.failed("the file must be named after its stream: " + stream.text() + ".json");
        }
        return stream.text();
    }

    private static String platform(Node platform, String stream) {
        if (!PLATFORMS.contains(platform.text())) {
            platform.failed("unknown platform (known: " + String.join(", ", PLATFORMS.stream().sorted().toList()) + ")");
        }
        if (!stream.startsWith(platform.text().toLowerCase(Locale.ROOT) + ".")) {
            platform.failed("the stream id must start with the platform in lower case");
        }
        return platform.text();
    }

    private static int version(Node version) {
        int value = version.nonNegativeInt();
        return value >= 1 ? value : version.failed("versions start at 1");
    }

    private static FieldRule schema(Node schema) {
        FieldRule rule = SchemaReader.read(schema);
        return rule.types().contains(JsonType.OBJECT) ? rule : schema.child("type").failed("a record is an object");
    }

    private static DateRule date(Node date) {
        date.allowOnly(Set.of("field", "format", "example"));
        JsonPointer field = date.required("field").pointer();
        Node format = date.required("format");
        DateRule rule;
        try {
            rule = new DateRule(field, format.text());
        } catch (IllegalArgumentException e) {
            return format.failed("not a date-time pattern: " + e.getMessage());
        }
        // A worked example catches patterns that compile but read the wrong thing ("mm" is minutes).
        Node example = date.required("example");
        try {
            LocalDate.parse(example.text(), rule.formatter());
        } catch (DateTimeParseException e) {
            example.failed("does not read as a day with format \"" + rule.format() + "\": " + e.getMessage());
        }
        return rule;
    }

    // Connector versions as the drift check reads them: comma-separated clauses like >=2.0 or ==4.1.4.
    private static String versions(Node versions) {
        if (!VERSIONS.matcher(versions.text()).matches()) {
            versions.failed("expected clauses like \">=2.0,<5.0\" or \"==4.1.4\", found \"" + versions.text() + "\"");
        }
        return versions.text();
    }

    private static List<Variant> variants(Node list) {
        List<Variant> variants = new ArrayList<>();
        for (Node variant : list.nonEmptyElements()) {
            // upstream_schema is the drift check's alone: where an older package keeps the stream's schema.
            variant.allowOnly(Set.of("name", "versions", "stream", "fields", "optional", "upstream_schema"));
            variant.optional("upstream_schema").ifPresent(Node::text);
            Map<JsonPointer, List<JsonPointer>> fields = new LinkedHashMap<>();
            variant.optional("fields").ifPresent(map -> map.fields().forEach((field, alternatives) -> {
                if (!field.startsWith("/")) {
                    alternatives.failed("a field is a JSON pointer starting with '/'");
                }
                fields.put(JsonPointer.compile(field), pointers(alternatives));
            }));
            variants.add(new Variant(variant.required("name").text(), versions(variant.required("versions")),
                    variant.optional("stream").map(Node::text), fields,
                    variant.optional("optional").map(ContractReader::pointers).orElse(List.of())));
        }
        return variants;
    }

    private static List<JsonPointer> pointers(Node list) {
        return list.nonEmptyElements().stream().map(Node::pointer).toList();
    }

    private static Optional<Node> nullable(Node node) {
        return node.isNull() ? Optional.empty() : Optional.of(node);
    }
}
