package net.adtelligent.adapters.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.dbt.DbtNodeResult;
import net.adtelligent.domain.dbt.DbtRun;

/**
 * run_results.json as dbt documents it (schemas.getdbt.com/dbt/run-results/v6.json; v4 and v5
 * have the same fields used here): {@code metadata.generated_at} (when the invocation wrote it),
 * {@code args.which} (the command), {@code elapsed_time}, and per result {@code unique_id},
 * {@code status}, {@code message}, {@code execution_time}.
 */
final class RunResults {

    private static final String SCHEMA = "/run-results/";

    private RunResults() {
    }

    static DbtRun run(JsonNode tree) {
        JsonNode metadata = Fields.required(tree, "metadata", "");
        String schema = Fields.optionalText(metadata, "dbt_schema_version");
        if (!schema.isEmpty() && !schema.contains(SCHEMA)) {
            throw new ArtifactException("is not dbt's run results (metadata.dbt_schema_version names another artifact)");
        }
        JsonNode results = Fields.required(tree, "results", "");
        if (!results.isArray()) {
            throw new ArtifactException("has results that are not a list");
        }
        List<DbtNodeResult> nodes = new ArrayList<>();
        for (JsonNode result : results) {
            nodes.add(new DbtNodeResult(Fields.text(result, "unique_id", "results[]."),
                    Fields.text(result, "status", "results[]."), Fields.optionalText(result, "message"),
                    Fields.seconds(result, "execution_time")));
        }
        JsonNode args = tree.path("args");
        return new DbtRun(Fields.time(metadata, "generated_at", "metadata."), Fields.optionalText(args, "which"),
                Fields.seconds(tree, "elapsed_time"), nodes);
    }
}
