-- search_console.search_analytics_by_query (contract version 1) as search_console_daily rows.
-- Days are the pacific calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'search_console__search_analytics_by_query') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "site_url", "date", "query", "search_type"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        'SEARCH_CONSOLE' as platform,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_day('"date"', 'yyyy-MM-dd') }} as date_day,
        "site_url" as site_url,
        "search_type" as search_type,
        "query" as query,
        cast(null as {{ dbt.type_string() }}) as page,
        cast(null as {{ dbt.type_string() }}) as country,
        cast(null as {{ dbt.type_string() }}) as device,
        cast(cast("clicks" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as clicks,
        cast(cast("impressions" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as impressions,
        cast("ctr" as {{ adt_type_decimal() }}) as ctr,
        cast("position" as {{ adt_type_decimal() }}) as position
    from latest
    where adt_recency = 1
)

select
    tenant_id,
    connection_id,
    platform,
    source_extracted_at,
    cast(date_day as date) as date_day,
    cast(site_url as {{ dbt.type_string() }}) as site_url,
    cast(search_type as {{ dbt.type_string() }}) as search_type,
    cast(query as {{ dbt.type_string() }}) as query,
    cast(page as {{ dbt.type_string() }}) as page,
    cast(country as {{ dbt.type_string() }}) as country,
    cast(device as {{ dbt.type_string() }}) as device,
    cast(clicks as {{ adt_type_count() }}) as clicks,
    cast(impressions as {{ adt_type_count() }}) as impressions,
    cast(ctr as {{ adt_type_decimal() }}) as ctr,
    cast(position as {{ adt_type_decimal() }}) as position
from mapped
where date_day is not null and site_url is not null and search_type is not null
