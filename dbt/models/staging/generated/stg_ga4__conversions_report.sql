-- ga4.conversions_report (contract version 1) as web_analytics_daily rows.
-- Days are the property calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'ga4__conversions_report') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "property_id", "date", "eventName"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        'GA4' as platform,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_day('"date"', 'yyyyMMdd') }} as date_day,
        trim("property_id") as property_id,
        cast(null as {{ dbt.type_string() }}) as source,
        cast(null as {{ dbt.type_string() }}) as medium,
        cast(null as {{ dbt.type_string() }}) as campaign_name,
        "eventName" as event_name,
        cast(null as {{ dbt.type_string() }}) as currency_code,
        cast(null as {{ adt_type_count() }}) as sessions,
        cast(cast("totalUsers" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as total_users,
        cast("conversions" as {{ adt_type_decimal() }}) as conversions,
        coalesce(cast("totalRevenue" as {{ adt_type_decimal() }}), cast(0 as {{ adt_type_decimal() }})) as total_revenue
    from latest
    where adt_recency = 1
)

select
    tenant_id,
    connection_id,
    platform,
    source_extracted_at,
    cast(date_day as date) as date_day,
    cast(property_id as {{ dbt.type_string() }}) as property_id,
    cast(source as {{ dbt.type_string() }}) as source,
    cast(medium as {{ dbt.type_string() }}) as medium,
    cast(campaign_name as {{ dbt.type_string() }}) as campaign_name,
    cast(event_name as {{ dbt.type_string() }}) as event_name,
    cast(currency_code as {{ dbt.type_string() }}) as currency_code,
    cast(sessions as {{ adt_type_count() }}) as sessions,
    cast(total_users as {{ adt_type_count() }}) as total_users,
    cast(conversions as {{ adt_type_decimal() }}) as conversions,
    cast(total_revenue as {{ adt_type_decimal() }}) as total_revenue
from mapped
where date_day is not null and property_id is not null
