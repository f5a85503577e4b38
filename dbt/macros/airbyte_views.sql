{#- One view per contract stream in <target schema>_airbyte: the union of the stream's Airbyte
    table of every connection, each row with its tenant_id, connection_id and the connection's
    account (adt_account_id). Where the tables are comes from the application's connections, as
    the application names them (AirbyteNaming): schema adt_<tenant uuid without dashes>, table
    c<first 8 hex digits of the connection uuid>_<stream>. Run on every dbt invocation
    (on-run-start), so a new connection's tables are read from the next run on. A stream no
    connection has yet is an empty view of the same columns: every model builds on a fresh install.
    Scalars become text (staging applies the contract's transforms), objects and arrays JSON. -#}
{% macro adt_airbyte_views() %}
    {%- if not execute -%}{{ return('') }}{%- endif -%}
    {%- set schema = adt_airbyte_schema() -%}
    {%- do adapter.create_schema(api.Relation.create(database=target.database, schema=schema)) -%}
    {%- set connections = adt_connections() -%}
    {%- set columns = adt_airbyte_columns() -%}
    {%- set statements = [] -%}
    {%- for name, stream in adt_streams().items() -%}
        {%- set selects = [adt_airbyte_empty(stream)] -%}
        {%- for connection in connections if connection['platform'] == stream['platform'] -%}
            {%- set table_schema = 'adt_' ~ connection['tenant_id'] | replace('-', '') -%}
            {%- set table = 'c' ~ (connection['id'] | replace('-', ''))[:8] ~ '_' ~ stream['table'] -%}
            {%- set found = columns.get(table_schema ~ '.' ~ table) -%}
            {%- if found is not none -%}
                {%- do selects.append(adt_airbyte_select(stream, connection, table_schema, table, found)) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- do statements.append('create or replace view ' ~ adapter.quote(schema) ~ '.' ~ adapter.quote(name)
            ~ ' as\n' ~ selects | join('\nunion all\n')) -%}
    {%- endfor -%}
    {{ return(statements | join(';\n')) }}
{% endmacro %}

{% macro adt_airbyte_schema() %}{{ return(target.schema ~ '_airbyte') }}{% endmacro %}

{% macro adt_app_relation(identifier) %}
    {%- set default = 'main' if target.type == 'duckdb' else 'public' -%}
    {{ return(api.Relation.create(database=target.database, schema=env_var('DBT_APP_SCHEMA', default),
        identifier=identifier)) }}
{% endmacro %}

{% macro adt_connections() %}
    {%- set rows = run_query('select cast(id as varchar) as id, cast(tenant_id as varchar) as tenant_id, platform,'
        ~ ' external_account_id from ' ~ adt_app_relation('connections') ~ ' order by id') -%}
    {%- set connections = [] -%}
    {%- for row in rows -%}
        {%- do connections.append({'id': row[0] | lower, 'tenant_id': row[1] | lower, 'platform': row[2],
            'account': row[3]}) -%}
    {%- endfor -%}
    {{ return(connections) }}
{% endmacro %}

{#- Every column of every table in an adt_ schema: {'schema.table': {lower-case name: name}}. -#}
{% macro adt_airbyte_columns() %}
    {%- set rows = run_query("select table_schema, table_name, column_name from information_schema.columns"
        ~ " where substr(table_schema, 1, 4) = 'adt_'") -%}
    {%- set tables = {} -%}
    {%- for row in rows -%}
        {%- set key = row[0] ~ '.' ~ row[1] -%}
        {%- if key not in tables -%}{%- do tables.update({key: {}}) -%}{%- endif -%}
        {%- do tables[key].update({row[2] | lower: row[2]}) -%}
    {%- endfor -%}
    {{ return(tables) }}
{% endmacro %}

{% macro adt_airbyte_metadata() %}
    {{ return([('_airbyte_raw_id', dbt.type_string()), ('_airbyte_extracted_at', adt_type_timestamptz()),
        ('_airbyte_meta', adt_type_json()), ('_airbyte_generation_id', dbt.type_bigint())]) }}
{% endmacro %}

{% macro adt_airbyte_type(kind) %}
    {{ return(adt_type_json() if kind == 'json' else dbt.type_string()) }}
{% endmacro %}

{% macro adt_airbyte_empty(stream) %}
    {%- set items = ['cast(null as ' ~ adt_type_uuid() ~ ') as tenant_id',
        'cast(null as ' ~ adt_type_uuid() ~ ') as connection_id',
        'cast(null as ' ~ dbt.type_string() ~ ') as adt_account_id'] -%}
    {%- for column, type in adt_airbyte_metadata() -%}
        {%- do items.append('cast(null as ' ~ type ~ ') as ' ~ column) -%}
    {%- endfor -%}
    {%- for column, kind in stream['columns'].items() -%}
        {%- do items.append('cast(null as ' ~ adt_airbyte_type(kind) ~ ') as ' ~ adapter.quote(column)) -%}
    {%- endfor -%}
    {{ return('select ' ~ items | join(', ') ~ ' where 1 = 0') }}
{% endmacro %}

{% macro adt_airbyte_select(stream, connection, table_schema, table, found) %}
    {%- set items = ["cast('" ~ connection['tenant_id'] ~ "' as " ~ adt_type_uuid() ~ ") as tenant_id",
        "cast('" ~ connection['id'] ~ "' as " ~ adt_type_uuid() ~ ") as connection_id",
        "cast('" ~ connection['account'] | replace("'", "''") ~ "' as " ~ dbt.type_string() ~ ") as adt_account_id"] -%}
    {%- for column, type in adt_airbyte_metadata() + stream['columns'].items() | list -%}
        {%- set target_type = type if column.startswith('_airbyte_') else adt_airbyte_type(type) -%}
        {%- set actual = found.get(column | lower) -%}
        {%- set value = adapter.quote(actual) if actual is not none else 'null' -%}
        {%- do items.append('cast(' ~ value ~ ' as ' ~ target_type ~ ') as ' ~ adapter.quote(column)) -%}
    {%- endfor -%}
    {{ return('select ' ~ items | join(', ') ~ ' from ' ~ adapter.quote(table_schema) ~ '.' ~ adapter.quote(table)) }}
{% endmacro %}
