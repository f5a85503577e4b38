package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of ways a source value becomes a unified value ({@code "as"} in a field mapping).
 * Closed on purpose: the Java normaliser and the dbt models must implement exactly these, so a new
 * one is a change to both, not a line in a data file. See docs/contracts.md for each.
 */
public enum Transform {
    /** A string as it is (names, currency codes). */
    TEXT("text", Column.Type.TEXT),
    /** An identifier, integer or string, as a string: ids are strings in the unified model. */
    ID("id", Column.Type.TEXT),
    /** The id at the end of a URN: {@code urn:li:sponsoredCampaign:123} becomes {@code 123}. */
    URN_ID("urn_id", Column.Type.TEXT),
    /** The path segment after a named one: {@code customers/42/campaigns/7} after {@code customers} is {@code 42}. */
    RESOURCE_SEGMENT("resource_segment", Column.Type.TEXT),
    /** A number or numeric string as an exact decimal. */
    DECIMAL("decimal", Column.Type.DECIMAL),
    /** A whole number (a count), from an integer, an integral number or a numeric string. */
    INTEGER("integer", Column.Type.INTEGER),
    /** Millionths of the currency unit as a decimal amount (Google Ads cost_micros / 1,000,000). */
    MICROS("micros", Column.Type.DECIMAL),
    /** The day, read with the contract's date format. */
    DATE("date", Column.Type.DATE),
    /** The sum of {@code value} over the array items whose {@code action_type} is selected (Meta actions). */
    SUM_BY_ACTION_TYPE("sum_by_action_type", Column.Type.DECIMAL);

    private final String id;
    private final Column.Type produces;

    Transform(String id, Column.Type produces) {
        this.id = id;
        this.produces = produces;
    }

    public String id() {
        return id;
    }

    /** The kind of unified value the transform yields. */
    public Column.Type produces() {
        return produces;
    }

    /** Whether a source value declared by {@code rule} can be given to this transform. */
    boolean accepts(FieldRule rule) {
        return switch (this) {
            case TEXT, URN_ID, RESOURCE_SEGMENT, DATE -> rule.types().contains(JsonType.STRING);
            case ID -> rule.types().contains(JsonType.STRING) || rule.types().contains(JsonType.INTEGER);
            case DECIMAL, INTEGER -> rule.numeric();
            case MICROS -> rule.types().contains(JsonType.INTEGER);
            case SUM_BY_ACTION_TYPE -> rule.types().contains(JsonType.ARRAY)
                    && rule.items().map(Transform::isActionStat).orElse(false);
        };
    }

    // Meta's action stats: {"action_type": "...", "value": 12.5}
    private static boolean isActionStat(FieldRule item) {
        boolean named = item.find(JsonPointer.compile("/action_type"))
                .map(type -> type.types().contains(JsonType.STRING)).orElse(false);
        boolean valued = item.find(JsonPointer.compile("/value")).map(FieldRule::numeric).orElse(false);
        return named && valued;
    }

    static Optional<Transform> byId(String id) {
        return Arrays.stream(values()).filter(transform -> transform.id.equals(id)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(Transform::id).toList());
    }
}
