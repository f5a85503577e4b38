package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks source records against their stream's schema subset (docs/contracts.md, "Schema") and
 * day format, collecting every violation rather than stopping at the first. Extra fields are
 * never a violation: connectors add fields. A record that does not have the contract's own shape
 * is tried against each {@link Variant} (an older connector version's shape); when none fits, the
 * report says which connector versions the contract knows and what the record lacks for each.
 */
public final class ContractValidator {

    private final StreamContract contract;
    private final SchemaCheck schema;
    private final List<SchemaCheck> variantSchemas;

    public ContractValidator(StreamContract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.schema = new SchemaCheck(contract.schema());
        this.variantSchemas = contract.variants().stream().map(variant -> {
            FieldRule relaxed = contract.schema();
            for (var field : variant.optional()) {
                relaxed = relaxed.optional(field);
            }
            return new SchemaCheck(relaxed);
        }).toList();
    }

    /**
     * A record checked: its data in the contract's shape (reshaped when a variant fitted), or every
     * violation; {@code variant} names the variant that fitted, empty for the contract's own shape.
     */
    record Checked(List<Violation> violations, ObjectNode data, Optional<Variant> variant) {
        boolean valid() {
            return violations.isEmpty();
        }
    }

    /** Every violation of a record read from a file, its line and stream included; empty when valid. */
    public List<Violation> validate(SourceRecord record) {
        return check(record).violations();
    }

    /** Every violation of one record's data; empty when valid. */
    public List<Violation> validate(JsonNode data) {
        if (data instanceof ObjectNode object) {
            return check(Optional.empty(), object).violations();
        }
        List<Violation> found = new ArrayList<>();
        schema.check(data, found);
        return List.copyOf(found);
    }

    Checked check(SourceRecord record) {
        if (record.unreadable().isPresent()) {
            return new Checked(List.of(new Violation("", "a JSON object", record.unreadable().get())), null, Optional.empty());
        }
        Optional<String> stream = record.stream();
        if (stream.isPresent() && !belongs(stream.get())) {
            List<Violation> found = new ArrayList<>();
            found.add(new Violation("", "a record of " + contract.stream(), "stream " + Json.show(stream.get())));
            found.addAll(check(Optional.empty(), record.data().orElseThrow()).violations());
            return new Checked(List.copyOf(found), null, Optional.empty());
        }
        return check(stream, record.data().orElseThrow());
    }

    private Checked check(Optional<String> stream, ObjectNode data) {
        boolean ownName = stream.isEmpty() || ownName(stream.get());
        List<Violation> own = ownName ? violations(schema, data) : List.of();
        if (ownName && own.isEmpty()) {
            return new Checked(List.of(), data, Optional.empty());
        }
        List<String> lacks = new ArrayList<>();
        for (int i = 0; i < contract.variants().size(); i++) {
            Variant variant = contract.variants().get(i);
            // A variant that names its stream takes only records that name it: a record of the current stream
            // that lacks a field is broken, not an older version's (it would be counted beside the current rows).
            if (!variant.stream().equals(ownName ? Optional.empty() : stream)) {
                continue;
            }
            ObjectNode shaped = variant.reshape(data);
            List<Violation> found = violations(variantSchemas.get(i), shaped);
            if (found.isEmpty()) {
                return new Checked(List.of(), shaped, Optional.of(variant));
            }
            lacks.add(lacking(found) + " (" + variant.versions() + ", " + variant.name() + ")");
        }
        if (!ownName) {
            // Named as an older version's stream, and no variant of that name fitted: those are the findings.
            return new Checked(List.of(new Violation("", known(), "a record that lacks " + String.join("; ", lacks))),
                    null, Optional.empty());
        }
        List<Violation> found = new ArrayList<>(own);
        boolean lacksFields = own.stream().anyMatch(v -> Violation.MISSING.equals(v.actual()));
        // With variants, a record that lacks fields may come from a version none of them covers: say which are known.
        if (lacksFields && !contract.variants().isEmpty()) {
            lacks.add(0, lacking(own) + " (" + contract.upstream().get().versions() + ")");
            found.add(new Violation("", known(), "a record that lacks " + String.join("; ", lacks)));
        }
        return new Checked(List.copyOf(found), null, Optional.empty());
    }

    private List<Violation> violations(SchemaCheck check, ObjectNode data) {
        List<Violation> found = new ArrayList<>();
        check.check(data, found);
        checkDay(data, found);
        return found;
    }

    // "a record of airbyte-source-google-ads >=6.0 or <6.0 as stream ad_group_ad_legacy"
    private String known() {
        Upstream upstream = contract.upstream().orElseThrow();
        StringBuilder text = new StringBuilder("a record of " + upstream.connectorPackage() + " " + upstream.versions());
        contract.variants().forEach(variant -> text.append(" or ").append(variant.versions())
                .append(variant.stream().map(name -> " as stream " + name).orElse("")));
        return text.toString();
    }

    private static String lacking(List<Violation> found) {
        List<String> missing = found.stream().filter(v -> Violation.MISSING.equals(v.actual())).map(Violation::pointer).toList();
        List<String> wrong = found.stream().filter(v -> !Violation.MISSING.equals(v.actual())).map(Violation::pointer).toList();
        String text = missing.isEmpty() ? "nothing" : String.join(", ", missing);
        return wrong.isEmpty() ? text : text + ", with " + String.join(", ", wrong) + " not as expected";
    }

    // Airbyte names the stream without the platform prefix; our own envelopes may use the full id.
    private boolean belongs(String stream) {
        return ownName(stream) || contract.variants().stream().anyMatch(variant -> variant.stream().map(stream::equals).orElse(false));
    }

    private boolean ownName(String stream) {
        return stream.equals(contract.stream())
                || contract.upstream().map(upstream -> upstream.stream().equals(stream)).orElse(false);
    }

    // The schema says the day is a string; only the contract's format says which string is a day.
    private void checkDay(JsonNode data, List<Violation> found) {
        JsonNode day = data.at(contract.date().field());
        if (!day.isTextual()) {
            return;
        }
        try {
            contract.date().parse(day.asText());
        } catch (DateTimeParseException e) {
            found.add(new Violation(contract.date().field().toString(),
                    "a day written " + contract.date().format(), Json.describe(day)));
        }
    }
}
