package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A stream's schema subset made ready to check many records (docs/contracts.md, "Schema"): names
 * escaped and rules in arrays once, and a value's pointer written out only for a violation. Checking
 * a valid record then costs the lookups alone, where building every pointer used to cost more.
 */
final class SchemaCheck {

    private final FieldRule rule;
    private final String[] required;
    private final String[] requiredSegments;
    private final String[] names;
    private final String[] segments;
    private final SchemaCheck[] properties;
    private final SchemaCheck items;

    SchemaCheck(FieldRule rule) {
        this.rule = rule;
        this.required = rule.required().toArray(String[]::new);
        this.requiredSegments = rule.required().stream().map(Json::escape).toArray(String[]::new);
        this.names = rule.properties().keySet().toArray(String[]::new);
        this.segments = rule.properties().keySet().stream().map(Json::escape).toArray(String[]::new);
        this.properties = rule.properties().values().stream().map(SchemaCheck::new).toArray(SchemaCheck[]::new);
        this.items = rule.items().map(SchemaCheck::new).orElse(null);
    }

    /** Adds every violation of {@code value} to {@code found}, in the order of the schema. */
    void check(JsonNode value, List<Violation> found) {
        check(value, null, null, -1, found);
    }

    // A value is named by its parent's pointer and its own segment: a property, else an index; the root has no parent.
    private void check(JsonNode value, Pointer parent, String segment, int index, List<Violation> found) {
        if (!Json.fits(rule, value)) {
            found.add(new Violation(new Pointer(parent, segment, index).toString(), Json.expected(rule), Json.describe(value)));
            return;
        }
        if (value.isObject()) {
            Pointer here = new Pointer(parent, segment, index);
            for (int i = 0; i < required.length; i++) {
                if (!value.has(required[i])) {
                    found.add(Violation.missing(here + "/" + requiredSegments[i]));
                }
            }
            for (int i = 0; i < names.length; i++) {
                JsonNode child = value.get(names[i]);
                if (child != null) {
                    properties[i].check(child, here, segments[i], -1, found);
                }
            }
        } else if (value.isArray() && items != null) {
            Pointer here = new Pointer(parent, segment, index);
            for (int i = 0; i < value.size(); i++) {
                items.check(value.get(i), here, null, i, found);
            }
        }
    }

    /** A JSON pointer (RFC 6901) as a chain of segments, written out only when a violation names it. */
    private record Pointer(Pointer parent, String segment, int index) {

        @Override
        public String toString() {
            return parent == null ? "" : parent + "/" + (segment != null ? segment : Integer.toString(index));
        }
    }
}
