package net.adtelligent.contracts.dbt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.adtelligent.contracts.Fact;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectorCatalog;
import net.adtelligent.domain.connection.ConnectorDefinition;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.fact.Platform;

/** The YAML beside the staging models (tests, sources, freshness) and the streams' columns for the Airbyte views. */
final class StagingSchema {

    private static final String NOTE = "# Written by `" + DbtProject.HEADER + "` from the data contracts: change them, not this file.\n";

    private StagingSchema() {
    }

    static String models(List<StreamContract> streams) {
        StringBuilder yml = new StringBuilder(NOTE).append("version: 2\n\nmodels:\n");
        for (StreamContract stream : streams) {
            List<String> unique = new ArrayList<>(List.of("connection_id"));
            if (!stream.isContext()) {
                unique.add("date_day");
            }
            unique.addAll(stream.grain());
            yml.append("  - name: ").append(StagingModel.name(stream)).append("\n")
                    .append("    description: \"").append(stream.stream()).append(" (contract version ").append(stream.version())
                    .append("): the latest extraction of each primary key (")
                    .append(stream.primaryKey().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(")").append(stream.aggregateToDay().isPresent() ? ", summed to the day" : "").append(".\"\n")
                    .append("    data_tests:\n      - adt_unique_combination:\n          arguments:\n            columns: [")
                    .append(String.join(", ", unique)).append("]\n    columns:\n");
            List<String> notNull = new ArrayList<>(List.of("tenant_id", "connection_id", "source_extracted_at"));
            notNull.addAll(required(stream));
            for (String column : notNull) {
                yml.append("      - name: ").append(column).append("\n        data_tests:\n          - not_null\n");
            }
            if (!stream.isContext()) {
                yml.append("      - name: platform\n        data_tests:\n          - accepted_values:\n              arguments:\n")
                        .append("                values: ['").append(stream.platform()).append("']\n");
            }
        }
        return yml.toString();
    }

    private static List<String> required(StreamContract stream) {
        return switch (stream.fact()) {
            case AD_PERFORMANCE_DAILY -> List.of("date_day", "account_id", "campaign_id");
            case WEB_ANALYTICS_DAILY -> List.of("date_day", "property_id");
            case SEARCH_CONSOLE_DAILY -> List.of("date_day", "site_url", "search_type");
            case CONTEXT -> stream.grain();
        };
    }

    /**
     * One source table per stream: the view over every connection's Airbyte table of it. Freshness
     * per platform from the connector catalog: warn once a sync is late by the platform's reporting
     * latency (schedule + latency), error at twice that.
     */
    static String sources(List<StreamContract> streams) {
        StringBuilder yml = new StringBuilder(NOTE).append("version: 2\n\nsources:\n  - name: airbyte\n")
                .append("    description: \"Every connection's Airbyte table of each contract stream, one view per stream"
                        + " (macro adt_airbyte_views).\"\n")
                .append("    schema: \"{{ target.schema }}_airbyte\"\n    tables:\n");
        for (StreamContract stream : streams) {
            ConnectorDefinition connector = ConnectorCatalog.of(Platform.valueOf(stream.platform()));
            long warn = warnAfter(connector).toHours();
            yml.append("      - name: ").append(DbtProject.alias(stream)).append("\n")
                    .append("        description: \"Airbyte stream ").append(stream.upstream().orElseThrow().stream())
                    .append(" of ").append(stream.upstream().orElseThrow().connectorPackage()).append(" (")
                    .append(stream.stream()).append(").\"\n")
                    .append("        config:\n          loaded_at_field: _airbyte_extracted_at\n          freshness:\n")
                    .append("            warn_after: {count: ").append(warn).append(", period: hour}\n")
                    .append("            error_after: {count: ").append(2 * warn).append(", period: hour}\n");
        }
        return yml.toString();
    }

    static Duration warnAfter(ConnectorDefinition connector) {
        Duration every = connector.defaultSchedule().filter(Schedule::isInterval)
                .map(schedule -> Duration.parse(schedule.text())).getOrElse(Duration.ofHours(24));
        return every.plus(connector.reportingLatency());
    }

    static String streamsMacro(List<StreamContract> streams) {
        StringBuilder sql = new StringBuilder("{#- Written by `").append(DbtProject.HEADER)
                .append("` from the data contracts: each stream's platform, Airbyte table and top-level columns. -#}\n")
                .append("{% macro adt_streams() %}\n    {{ return({\n");
        List<String> entries = new ArrayList<>();
        for (StreamContract stream : streams) {
            Map<String, String> columns = SourceColumns.of(stream);
            entries.add("        '" + DbtProject.alias(stream) + "': {'platform': '" + stream.platform() + "', 'table': '"
                    + stream.upstream().orElseThrow().stream() + "', 'columns': {\n"
                    + columns.entrySet().stream().map(entry -> "            '" + entry.getKey() + "': '" + entry.getValue() + "'")
                    .collect(Collectors.joining(",\n")) + "}}");
        }
        sql.append(String.join(",\n", entries)).append("\n    }) }}\n{% endmacro %}\n\n")
                .append("{#- The staging models of each fact, for the fact models' unions. -#}\n")
                .append("{% macro adt_staging_models(fact) %}\n    {%- set models = {\n");
        List<String> facts = new ArrayList<>();
        for (Fact fact : List.of(Fact.AD_PERFORMANCE_DAILY, Fact.WEB_ANALYTICS_DAILY, Fact.SEARCH_CONSOLE_DAILY)) {
            facts.add("        '" + fact.id() + "': [" + streams.stream().filter(stream -> stream.fact() == fact)
                    .map(stream -> "'" + StagingModel.name(stream) + "'").collect(Collectors.joining(", ")) + "]");
        }
        return sql.append(String.join(",\n", facts)).append("\n    } -%}\n    {{ return(models[fact]) }}\n{% endmacro %}\n").toString();
    }

}
