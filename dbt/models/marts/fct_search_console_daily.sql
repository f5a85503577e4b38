-- The unified Search Console facts, column for column the application's search_console_daily.
-- Rows the table's checks refuse (a day's spend below zero) are left out, as the Java path refuses them.
with staged as (
    {{ adt_union_staging('search_console_daily', ['tenant_id', 'connection_id', 'source_extracted_at', 'date_day',
        'site_url', 'search_type', 'query', 'page', 'country', 'device', 'clicks', 'impressions', 'ctr',
        'position']) }}
),

shaped as (
    select
        tenant_id,
        date_day,
        connection_id,
        site_url,
        search_type,
        coalesce({{ adt_blank_to_null('query') }}, '') as query,
        coalesce({{ adt_blank_to_null('page') }}, '') as page,
        coalesce({{ adt_blank_to_null('country') }}, '') as country,
        coalesce({{ adt_blank_to_null('device') }}, '') as device,
        coalesce(clicks, 0) as clicks,
        coalesce(impressions, 0) as impressions,
        coalesce(ctr, 0) as ctr,
        coalesce(position, 0) as position,
        source_extracted_at
    from staged
),

latest as (
    select
        *,
        row_number() over (
            partition by tenant_id, date_day, connection_id, site_url, search_type, query, page, country, device
            order by source_extracted_at desc
        ) as adt_recency
    from shaped
)

select
    cast(tenant_id as {{ adt_type_uuid() }}) as tenant_id,
    cast(date_day as date) as date_day,
    cast(connection_id as {{ adt_type_uuid() }}) as connection_id,
    cast(site_url as {{ dbt.type_string() }}) as site_url,
    cast(search_type as {{ dbt.type_string() }}) as search_type,
    cast(query as {{ dbt.type_string() }}) as query,
    cast(page as {{ dbt.type_string() }}) as page,
    cast(country as {{ dbt.type_string() }}) as country,
    cast(device as {{ dbt.type_string() }}) as device,
    cast(clicks as {{ adt_type_count() }}) as clicks,
    cast(impressions as {{ adt_type_count() }}) as impressions,
    cast(ctr as {{ adt_type_decimal() }}) as ctr,
    cast(position as {{ adt_type_decimal() }}) as position,
    cast(source_extracted_at as {{ adt_type_timestamptz() }}) as source_extracted_at
from latest
where adt_recency = 1 and clicks >= 0 and impressions >= 0 and ctr between 0 and 1 and position >= 0
