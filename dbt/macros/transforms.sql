{#- The contract transforms (docs/contracts.md, "Mapping expressions") that differ between
    warehouses. Every value arrives as text or JSON from the stream's view (adt_airbyte_views). -#}

{#- A day written with a java.time pattern (yyyy-MM-dd, yyyyMMdd, yyyy-MM-dd HH:mm:ss): the day
    as written, in the contract's time zone; never shifted to another zone. -#}
{% macro adt_day(expr, java_pattern) %}{{ return(adapter.dispatch('adt_day')(expr, java_pattern)) }}{% endmacro %}

{% macro default__adt_day(expr, java_pattern) -%}
    {%- set pattern = java_pattern | replace('yyyy', 'YYYY') | replace('dd', 'DD') | replace('HH', 'HH24')
        | replace('mm', 'MI') | replace('ss', 'SS') -%}
    cast(to_timestamp({{ expr }}, '{{ pattern }}') as date)
{%- endmacro %}

{% macro duckdb__adt_day(expr, java_pattern) -%}
    {%- set pattern = java_pattern | replace('yyyy', '%Y') | replace('MM', '%m') | replace('dd', '%d')
        | replace('HH', '%H') | replace('mm', '%M') | replace('ss', '%S') -%}
    cast(strptime({{ expr }}, '{{ pattern }}') as date)
{%- endmacro %}

{#- The text at a path inside a JSON column (an object's key or an array's index). -#}
{% macro adt_json_text(column, path) %}{{ return(adapter.dispatch('adt_json_text')(column, path)) }}{% endmacro %}

{% macro default__adt_json_text(column, path) -%}
    jsonb_extract_path_text({{ column }}{% for step in path %}, '{{ step }}'{% endfor %})
{%- endmacro %}

{% macro duckdb__adt_json_text(column, path) -%}
    json_extract_string({{ column }}, '${% for step in path %}{% if step is number or step.isdigit() %}[{{ step }}]{% else %}."{{ step }}"{% endif %}{% endfor %}')
{%- endmacro %}

{#- The path segment after a named one: customers/42/campaigns/7 after customers is 42. -#}
{% macro adt_resource_segment(expr, after) %}{{ return(adapter.dispatch('adt_resource_segment')(expr, after)) }}{% endmacro %}

{% macro default__adt_resource_segment(expr, after) -%}
    substring({{ expr }} from '(?:^|/){{ after }}/([^/]+)')
{%- endmacro %}

{% macro duckdb__adt_resource_segment(expr, after) -%}
    nullif(regexp_extract({{ expr }}, '(?:^|/){{ after }}/([^/]+)', 1), '')
{%- endmacro %}

{#- Meta's action stats: the sum of value over the items whose action_type is chosen; an absent
    array sums to 0. -#}
{% macro adt_sum_by_action_type(column, action_types) %}
    {{ return(adapter.dispatch('adt_sum_by_action_type')(column, action_types)) }}
{% endmacro %}

{% macro default__adt_sum_by_action_type(column, action_types) -%}
    coalesce((
        select sum(cast(item ->> 'value' as numeric))
        from jsonb_array_elements(
            case when jsonb_typeof({{ column }}) = 'array' then {{ column }} else cast('[]' as jsonb) end
        ) as item
        where item ->> 'action_type' in ({{ adt_quoted_list(action_types) }})
    ), 0)
{%- endmacro %}

{% macro duckdb__adt_sum_by_action_type(column, action_types) -%}
    coalesce(list_sum(list_transform(
        list_filter(
            from_json({{ column }}, '[{"action_type": "VARCHAR", "value": "VARCHAR"}]'),
            lambda item: item.action_type in ({{ adt_quoted_list(action_types) }})
        ),
        lambda item: cast(item.value as {{ adt_type_decimal() }})
    )), 0)
{%- endmacro %}

{% macro adt_quoted_list(values) -%}
    {%- for value in values %}'{{ value | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor -%}
{%- endmacro %}

{#- A limit to one tenant when the tenant_id var is set. -#}
{% macro adt_tenant_filter(column='tenant_id') -%}
    {%- if var('tenant_id', '') != '' -%}
        where {{ column }} = cast('{{ var("tenant_id") }}' as {{ adt_type_uuid() }})
    {%- endif -%}
{%- endmacro %}
