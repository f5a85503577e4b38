{#- Rows whose combination of columns occurs more than once: the grain of a model. (dbt's own
    generic tests cover one column; packages from the dbt hub are not assumed to be reachable.) -#}
{% test adt_unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as occurrences
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1
{% endtest %}
