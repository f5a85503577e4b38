{#- Column types of the unified facts, per warehouse: the marts carry exactly the types of the
    application's tables on PostgreSQL (numeric, bigint, char(3), uuid, timestamptz). -#}

{% macro adt_type_decimal() %}{{ return(adapter.dispatch('adt_type_decimal')()) }}{% endmacro %}
{% macro default__adt_type_decimal() %}numeric{% endmacro %}
{#- DuckDB's bare decimal is (18,3), which would round spend: 38 digits, 10 after the point. -#}
{% macro duckdb__adt_type_decimal() %}decimal(38, 10){% endmacro %}

{% macro adt_type_json() %}{{ return(adapter.dispatch('adt_type_json')()) }}{% endmacro %}
{% macro default__adt_type_json() %}jsonb{% endmacro %}
{% macro duckdb__adt_type_json() %}json{% endmacro %}

{% macro adt_type_currency() %}{{ return(adapter.dispatch('adt_type_currency')()) }}{% endmacro %}
{% macro default__adt_type_currency() %}char(3){% endmacro %}
{% macro duckdb__adt_type_currency() %}varchar{% endmacro %}

{% macro adt_type_uuid() %}uuid{% endmacro %}
{% macro adt_type_count() %}bigint{% endmacro %}
{% macro adt_type_timestamptz() %}timestamptz{% endmacro %}
