package net.adtelligent.adapters.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.dbt.DbtSourceFreshness;
import net.adtelligent.domain.dbt.DbtTarget;

/**
 * sources.json as dbt documents it (schemas.getdbt.com/dbt/sources/v3.json): {@code metadata.generated_at}
 * (when {@code dbt source freshness} ran) and per result {@code unique_id}, {@code status} (pass,
 * warn, error; runtime error with {@code error} instead of the times), {@code max_loaded_at},
 * {@code snapshotted_at} and {@code criteria} ({@code warn_after} and {@code error_after}, each a
 * count and a period).
 */
final class Sources {

    private static final String SCHEMA = "/sources/";

    private Sources() {
    }

    static DbtTarget.Freshness freshness(JsonNode tree) {
        JsonNode metadata = Fields.required(tree, "metadata", "");
        String schema = Fields.optionalText(metadata, "dbt_schema_version");
        if (!schema.isEmpty() && !schema.contains(SCHEMA)) {
            throw new ArtifactException("is not dbt's source freshness (metadata.dbt_schema_version names another artifact)");
        }
        JsonNode results = Fields.required(tree, "results", "");
        if (!results.isArray()) {
            throw new ArtifactException("has results that are not a list");
        }
        List<DbtSourceFreshness> sources = new ArrayList<>();
        for (JsonNode result : results) {
            String error = Fields.optionalText(result, "error");
            sources.add(new DbtSourceFreshness(Fields.text(result, "unique_id", "results[]."),
                    Fields.text(result, "status", "results[]."), Fields.optionalTime(result, "max_loaded_at"),
                    Fields.optionalTime(result, "snapshotted_at"), criteria(result.path("criteria")),
                    error.isEmpty() ? Option.none() : Option.of(error)));
        }
        return new DbtTarget.Freshness(Fields.time(metadata, "generated_at", "metadata."), sources);
    }

    /** "warn after 12 hour, error after 1 day", as the project states it; "" when it states none. */
    private static String criteria(JsonNode criteria) {
        List<String> parts = new ArrayList<>();
        for (String level : List.of("warn_after", "error_after")) {
            JsonNode after = criteria.path(level);
            if (after.path("count").isNumber() && after.path("period").isTextual()) {
                parts.add(level.replace('_', ' ') + " " + after.path("count").asLong() + " "
                        + after.path("period").asText());
            }
        }
        return String.join(", ", parts);
    }
}
