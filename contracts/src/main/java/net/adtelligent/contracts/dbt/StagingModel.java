package net.adtelligent.contracts.dbt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.adtelligent.contracts.Column;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.Fact;
import net.adtelligent.contracts.Mapping;
import net.adtelligent.contracts.StreamContract;

/**
 * One stream's staging model, in the steps the Java normaliser takes (docs/contracts.md): keep the
 * latest extraction of each primary key, map every column as the contract says, look context up
 * (another stream of the platform, else the connection's own account), and, where the contract
 * aggregates to the day, sum the additive measures of a day and grain (names from the latest row).
 */
final class StagingModel {

    private final StreamContract stream;
    private final Contracts contracts;
    private final Map<String, ContextSource> lookups = new LinkedHashMap<>();

    StagingModel(StreamContract stream, Contracts contracts) {
        this.stream = stream;
        this.contracts = contracts;
    }

    static String name(StreamContract stream) {
        return "stg_" + DbtProject.alias(stream);
    }

    /** A context stream of the platform that gives {@code column} by {@code key}. */
    record ContextSource(String cte, StreamContract stream, String key) {
    }

    String sql() {
        List<String> columns = stream.fact().mappedColumns().stream().map(Column::name)
                .filter(stream.mapping()::containsKey).toList();
        StringBuilder sql = new StringBuilder();
        sql.append("-- ").append(stream.stream()).append(" (contract version ").append(stream.version()).append(") as ")
                .append(stream.isContext() ? "context for the platform's other streams" : stream.fact().id() + " rows")
                .append(".\n-- Days are the ").append(stream.timeZone().id()).append(" calendar's, as written; written by `")
                .append(DbtProject.HEADER).append("` from the contract: change the contract, not this file.\n\n");
        sql.append("with source_rows as (\n    select * from {{ source('airbyte', '").append(DbtProject.alias(stream))
                .append("') }}\n    {{ adt_tenant_filter() }}\n),\n\n");
        String key = stream.primaryKey().stream().map(SourceColumns::text).collect(Collectors.joining(", "));
        sql.append("latest as (\n    select\n        *,\n        row_number() over (\n")
                .append("            partition by connection_id, ").append(key).append("\n")
                .append("            order by _airbyte_extracted_at desc, _airbyte_raw_id desc\n")
                .append("        ) as adt_recency\n    from source_rows\n),\n\n");
        sql.append("mapped as (\n    select\n        tenant_id,\n        connection_id,\n");
        if (!stream.isContext()) {
            sql.append("        '").append(stream.platform()).append("' as platform,\n");
        }
        sql.append("        _airbyte_extracted_at as source_extracted_at");
        for (String column : columns) {
            sql.append(",\n        ").append(expression(column, stream.mapping().get(column))).append(" as ").append(column);
        }
        sql.append("\n    from latest\n    where adt_recency = 1\n)");
        String last = "mapped";
        if (!lookups.isEmpty()) {
            sql.append(",\n\n").append(contextSteps(columns));
            last = "with_context";
        }
        if (stream.aggregateToDay().isPresent()) {
            sql.append(",\n\n").append(daySums(columns, last));
            last = "summed";
        }
        sql.append("\n\nselect\n    tenant_id,\n    connection_id,\n");
        if (!stream.isContext()) {
            sql.append("    platform,\n");
        }
        sql.append("    source_extracted_at");
        for (String column : columns) {
            sql.append(",\n    cast(").append(column).append(" as ").append(type(column)).append(") as ").append(column);
        }
        sql.append("\nfrom ").append(last).append("\n").append(required()).append("\n");
        return sql.toString();
    }

    private String expression(String column, Mapping mapping) {
        if (mapping instanceof Mapping.Field field) {
            String value = transform(field);
            return field.orElse().map(fallback -> "coalesce(" + value + ", " + expression(column, fallback) + ")")
                    .orElse(value);
        } else if (mapping instanceof Mapping.ResourceSegment segment) {
            String value = "{{ adt_resource_segment('" + escape(SourceColumns.text(segment.field())) + "', '"
                    + segment.after() + "') }}";
            return segment.orElse().map(fallback -> "coalesce(" + value + ", " + expression(column, fallback) + ")")
                    .orElse(value);
        } else if (mapping instanceof Mapping.SumByActionType sum) {
            // The contract's default choice: a tenant's own choice (conversion settings) applies in the Java path.
            return "{{ adt_sum_by_action_type('" + escape(SourceColumns.column(sum.field())) + "', "
                    + list(sum.actionTypes().defaults()) + ") }}";
        } else if (mapping instanceof Mapping.SumOfFields sum) {
            return "(" + sum.fields().defaults().stream()
                    .map(pointer -> "coalesce(cast(" + SourceColumns.text(com.fasterxml.jackson.core.JsonPointer.compile(pointer))
                            + " as {{ adt_type_decimal() }}), 0)")
                    .collect(Collectors.joining(" + ")) + ")";
        } else if (mapping instanceof Mapping.Constant constant) {
            return constant.value() instanceof String text ? "'" + text.replace("'", "''") + "'"
                    : "cast(" + constant.value() + " as {{ adt_type_decimal() }})";
        } else if (mapping instanceof Mapping.Context lookup) {
            Optional<ContextSource> source = lookup.key().flatMap(by -> contextSource(lookup.name(), by));
            source.ifPresent(found -> lookups.put(column, found));
            return own(lookup.name());
        }
        return "cast(null as " + type(column) + ")";
    }

    private String transform(Mapping.Field field) {
        String text = SourceColumns.text(field.field());
        return switch (field.as()) {
            case TEXT -> text;
            case ID -> "trim(" + text + ")";
            case URN_ID -> "regexp_replace(" + text + ", '^.*:', '')";
            case DECIMAL -> "cast(" + text + " as {{ adt_type_decimal() }})";
            case INTEGER -> "cast(cast(" + text + " as {{ adt_type_decimal() }}) as {{ adt_type_count() }})";
            case MICROS -> "cast(" + text + " as {{ adt_type_decimal() }}) / 1000000";
            case DATE -> "{{ adt_day('" + escape(text) + "', '" + stream.date().format() + "') }}";
            case RESOURCE_SEGMENT, SUM_BY_ACTION_TYPE -> throw new IllegalStateException(field.as() + " has a shape of its own");
        };
    }

    // What the connection itself knows: its account. Anything else no one supplied stays unknown.
    private static String own(String name) {
        return name.equals("account_id") ? "adt_account_id" : "cast(null as {{ dbt.type_string() }})";
    }

    private Optional<ContextSource> contextSource(String name, String key) {
        return contracts.all().stream()
                .filter(other -> other.isContext() && other.platform().equals(stream.platform())
                        && other.upstream().isPresent() && other.grain().equals(List.of(key))
                        && other.mapping().containsKey(name))
                .findFirst()
                .map(other -> {
                    if (!stream.mapping().containsKey(key) || stream.mapping().get(key) instanceof Mapping.Context) {
                        throw new IllegalStateException(stream.stream() + ": context " + name + " by " + key
                                + " needs " + key + " from the record itself");
                    }
                    return new ContextSource("context_" + DbtProject.alias(other).replace("__", "_") + "_by_" + key, other, key);
                });
    }

    private String contextSteps(List<String> columns) {
        StringBuilder sql = new StringBuilder();
        Map<String, ContextSource> sources = new LinkedHashMap<>();
        lookups.values().forEach(source -> sources.putIfAbsent(source.cte(), source));
        List<String> ctes = new ArrayList<>();
        for (ContextSource source : sources.values()) {
            List<String> names = lookups.entrySet().stream().filter(entry -> entry.getValue().equals(source))
                    .map(Map.Entry::getKey).toList();
            ctes.add(source.cte() + " as (\n    select\n        connection_id,\n        " + source.key() + " as adt_key,\n        "
                    + String.join(",\n        ", names) + "\n    from (\n        select\n            *,\n"
                    + "            row_number() over (\n                partition by connection_id, " + source.key()
                    + "\n                order by source_extracted_at desc\n            ) as adt_recency\n"
                    + "        from {{ ref('" + name(source.stream()) + "') }}\n    ) as ranked\n    where adt_recency = 1\n)");
        }
        sql.append(String.join(",\n\n", ctes)).append(",\n\nwith_context as (\n    select\n        mapped.tenant_id,\n")
                .append("        mapped.connection_id,\n");
        if (!stream.isContext()) {
            sql.append("        mapped.platform,\n");
        }
        sql.append("        mapped.source_extracted_at");
        for (String column : columns) {
            ContextSource source = lookups.get(column);
            sql.append(",\n        ").append(source == null ? "mapped." + column
                    : "coalesce(" + source.cte() + "." + column + ", mapped." + column + ") as " + column);
        }
        sql.append("\n    from mapped");
        for (ContextSource source : sources.values()) {
            sql.append("\n    left join ").append(source.cte()).append("\n        on mapped.connection_id = ")
                    .append(source.cte()).append(".connection_id and mapped.").append(source.key()).append(" = ")
                    .append(source.cte()).append(".adt_key");
        }
        return sql.append("\n)").toString();
    }

    private String daySums(List<String> columns, String from) {
        List<String> group = new ArrayList<>(List.of("tenant_id", "connection_id", "platform", "date_day"));
        group.addAll(stream.grain());
        StringBuilder sql = new StringBuilder("ranked as (\n    select\n        *,\n        row_number() over (\n")
                .append("            partition by connection_id, date_day, ").append(String.join(", ", stream.grain()))
                .append("\n            order by source_extracted_at desc\n        ) as adt_recency\n    from ")
                .append(from).append("\n),\n\nsummed as (\n    select\n        ")
                .append(String.join(",\n        ", group))
                .append(",\n        max(source_extracted_at) as source_extracted_at");
        for (String column : columns) {
            if (group.contains(column)) {
                continue;
            }
            Column.Role role = stream.fact().column(column).map(Column::role).orElse(Column.Role.DIMENSION);
            sql.append(",\n        ").append(role == Column.Role.ADDITIVE ? "sum(" + column + ")"
                    : "max(case when adt_recency = 1 then " + column + " end)").append(" as ").append(column);
        }
        return sql.append("\n    from ranked\n    group by ").append(String.join(", ", group)).append("\n)").toString();
    }

    // The columns without which the normaliser refuses a record (docs/contracts.md).
    private String required() {
        List<String> needed = switch (stream.fact()) {
            case AD_PERFORMANCE_DAILY -> List.of("date_day", "account_id", "campaign_id");
            case WEB_ANALYTICS_DAILY -> List.of("date_day", "property_id");
            case SEARCH_CONSOLE_DAILY -> List.of("date_day", "site_url", "search_type");
            case CONTEXT -> stream.grain();
        };
        return "where " + needed.stream().map(column -> column + " is not null").collect(Collectors.joining(" and "));
    }

    private String type(String column) {
        Column.Type type = (stream.fact() == Fact.CONTEXT ? Optional.<Column>empty() : stream.fact().column(column))
                .map(Column::type).orElse(Column.Type.TEXT);
        return switch (type) {
            case TEXT -> "{{ dbt.type_string() }}";
            case DATE -> "date";
            case INTEGER -> "{{ adt_type_count() }}";
            case DECIMAL -> "{{ adt_type_decimal() }}";
            case INSTANT -> "{{ adt_type_timestamptz() }}";
        };
    }

    private static String list(List<String> values) {
        return "[" + values.stream().map(value -> "'" + value.replace("'", "\\'") + "'").collect(Collectors.joining(", ")) + "]";
    }

    private static String escape(String sql) {
        return sql.replace("'", "\\'");
    }
}
