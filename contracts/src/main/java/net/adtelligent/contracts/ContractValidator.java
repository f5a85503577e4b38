package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks source records against their stream's schema subset (docs/contracts.md, "Schema") and
 * day format, collecting every violation rather than stopping at the first. Extra fields are
 * never a violation: connectors add fields.
 */
public final class ContractValidator {

    private final StreamContract contract;
    private final SchemaCheck schema;

    public ContractValidator(StreamContract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.schema = new SchemaCheck(contract.schema());
    }

    /** Every violation of a record read from a file, its line and stream included; empty when valid. */
    public List<Violation> validate(SourceRecord record) {
        if (record.unreadable().isPresent()) {
            return List.of(new Violation("", "a JSON object", record.unreadable().get()));
        }
        List<Violation> found = new ArrayList<>();
        record.stream().filter(stream -> !belongs(stream))
                .ifPresent(stream -> found.add(new Violation("", "a record of " + contract.stream(), "stream " + Json.show(stream))));
        found.addAll(validate(record.data().orElseThrow()));
        return List.copyOf(found);
    }

    /** Every violation of one record's data; empty when valid. */
    public List<Violation> validate(JsonNode data) {
        List<Violation> found = new ArrayList<>();
        schema.check(data, found);
        checkDay(data, found);
        return List.copyOf(found);
    }

    // Airbyte names the stream without the platform prefix; our own envelopes may use the full id.
    private boolean belongs(String stream) {
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
