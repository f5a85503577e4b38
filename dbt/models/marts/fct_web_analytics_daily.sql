-- The unified GA4 facts, column for column the application's web_analytics_daily.
-- Rows the table's checks refuse (a day's spend below zero) are left out, as the Java path refuses them.
with staged as (
    {{ adt_union_staging('web_analytics_daily', ['tenant_id', 'connection_id', 'source_extracted_at', 'date_day',
        'property_id', 'source', 'medium', 'campaign_name', 'event_name', 'currency_code', 'sessions', 'total_users',
        'conversions', 'total_revenue']) }}
),

shaped as (
    select
        tenant_id,
        date_day,
        connection_id,
        property_id,
        coalesce({{ adt_blank_to_null('source') }}, '') as source,
        coalesce({{ adt_blank_to_null('medium') }}, '') as medium,
        coalesce({{ adt_blank_to_null('campaign_name') }}, '') as campaign_name,
        coalesce({{ adt_blank_to_null('event_name') }}, '') as event_name,
        coalesce(sessions, 0) as sessions,
        coalesce(total_users, 0) as total_users,
        coalesce(conversions, 0) as conversions,
        coalesce(total_revenue, 0) as total_revenue,
        upper(trim({{ adt_blank_to_null('currency_code') }})) as currency_code,
        source_extracted_at
    from staged
),

latest as (
    select
        *,
        row_number() over (
            partition by tenant_id, date_day, connection_id, property_id, source, medium, campaign_name, event_name
            order by source_extracted_at desc
        ) as adt_recency
    from shaped
)

select
    cast(tenant_id as {{ adt_type_uuid() }}) as tenant_id,
    cast(date_day as date) as date_day,
    cast(connection_id as {{ adt_type_uuid() }}) as connection_id,
    cast(property_id as {{ dbt.type_string() }}) as property_id,
    cast(source as {{ dbt.type_string() }}) as source,
    cast(medium as {{ dbt.type_string() }}) as medium,
    cast(campaign_name as {{ dbt.type_string() }}) as campaign_name,
    cast(event_name as {{ dbt.type_string() }}) as event_name,
    cast(sessions as {{ adt_type_count() }}) as sessions,
    cast(total_users as {{ adt_type_count() }}) as total_users,
    cast(conversions as {{ adt_type_decimal() }}) as conversions,
    cast(total_revenue as {{ adt_type_decimal() }}) as total_revenue,
    cast(currency_code as {{ adt_type_currency() }}) as currency_code,
    cast(source_extracted_at as {{ adt_type_timestamptz() }}) as source_extracted_at
from latest
where adt_recency = 1 and sessions >= 0 and total_users >= 0 and conversions >= 0
