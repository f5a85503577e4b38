{#- Text as the application stores it: a blank value is no value (null). -#}
{% macro adt_blank_to_null(column) -%}
    case when trim({{ column }}) = '' then null else {{ column }} end
{%- endmacro %}

{#- The union of a fact's staging models (adt_staging_models), every column named. -#}
{% macro adt_union_staging(fact, columns) %}
    {%- for model in adt_staging_models(fact) %}
    select {{ columns | join(', ') }} from {{ ref(model) }}
    {%- if not loop.last %}
    union all
    {%- endif -%}
    {%- endfor %}
{% endmacro %}
