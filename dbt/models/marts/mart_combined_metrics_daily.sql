-- Every dataset's daily totals per tenant, platform, connection and source currency, with amounts
-- in the tenant's reporting currency at the rate of the day (CurrencyConverter's rule: the same
-- currency converts to itself; else the rate of the day or of the nearest earlier day within 7
-- days, a direct rate or the inverse of the opposite one). A row without a rate is kept, flagged
-- rate_missing, with null converted amounts. Routes through a pivot currency are the Java
-- converter's alone: here such a row is flagged.
with ads as (
    select
        tenant_id,
        date_day,
        'ads' as dataset,
        platform,
        connection_id,
        currency_code,
        sum(spend) as spend,
        sum(impressions) as impressions,
        sum(clicks) as clicks,
        sum(conversions) as conversions,
        sum(conversions_value) as conversions_value,
        cast(null as {{ adt_type_count() }}) as sessions,
        cast(null as {{ adt_type_decimal() }}) as total_revenue
    from {{ ref('fct_ad_performance_daily') }}
    group by tenant_id, date_day, platform, connection_id, currency_code
),

web as (
    select
        tenant_id,
        date_day,
        'web_analytics' as dataset,
        'GA4' as platform,
        connection_id,
        currency_code,
        cast(null as {{ adt_type_decimal() }}) as spend,
        cast(null as {{ adt_type_count() }}) as impressions,
        cast(null as {{ adt_type_count() }}) as clicks,
        sum(conversions) as conversions,
        cast(null as {{ adt_type_decimal() }}) as conversions_value,
        sum(sessions) as sessions,
        sum(total_revenue) as total_revenue
    from {{ ref('fct_web_analytics_daily') }}
    group by tenant_id, date_day, connection_id, currency_code
),

search as (
    select
        tenant_id,
        date_day,
        'search_console' as dataset,
        'SEARCH_CONSOLE' as platform,
        connection_id,
        cast(null as {{ adt_type_currency() }}) as currency_code,
        cast(null as {{ adt_type_decimal() }}) as spend,
        sum(impressions) as impressions,
        sum(clicks) as clicks,
        cast(null as {{ adt_type_decimal() }}) as conversions,
        cast(null as {{ adt_type_decimal() }}) as conversions_value,
        cast(null as {{ adt_type_count() }}) as sessions,
        cast(null as {{ adt_type_decimal() }}) as total_revenue
    from {{ ref('fct_search_console_daily') }}
    group by tenant_id, date_day, connection_id
),

combined as (
    select * from ads
    union all
    select * from web
    union all
    select * from search
),

with_currency as (
    select
        combined.*,
        cast(tenants.reporting_currency as {{ adt_type_currency() }}) as reporting_currency
    from combined
    inner join {{ source('app', 'tenants') }} as tenants on combined.tenant_id = tenants.id
),

-- Every rate either way round: a direct rate, and the inverse of the opposite one.
rates as (
    select
        date_day,
        base_currency as from_currency,
        quote_currency as to_currency,
        rate,
        0 as inverse
    from {{ source('app', 'fx_rates') }}
    union all
    select
        date_day,
        quote_currency as from_currency,
        base_currency as to_currency,
        1 / rate as rate,
        1 as inverse
    from {{ source('app', 'fx_rates') }}
),

candidates as (
    select
        with_currency.tenant_id,
        with_currency.date_day,
        with_currency.dataset,
        with_currency.connection_id,
        with_currency.platform,
        with_currency.currency_code,
        rates.rate,
        row_number() over (
            partition by
                with_currency.tenant_id, with_currency.date_day, with_currency.dataset,
                with_currency.platform, with_currency.connection_id, with_currency.currency_code
            order by rates.date_day desc, rates.inverse asc
        ) as nearest
    from with_currency
    inner join rates
        on
            trim(with_currency.currency_code) = trim(rates.from_currency)
            and trim(with_currency.reporting_currency) = trim(rates.to_currency)
            and with_currency.date_day >= rates.date_day
            and rates.date_day >= {{ dbt.dateadd('day', -7, 'with_currency.date_day') }}
),

converted as (
    select
        with_currency.*,
        case
            when with_currency.currency_code is null then null
            when trim(with_currency.currency_code) = trim(with_currency.reporting_currency) then cast(1 as {{ adt_type_decimal() }})
            else cast(candidates.rate as {{ adt_type_decimal() }})
        end as fx_rate
    from with_currency
    left join candidates
        on
            with_currency.tenant_id = candidates.tenant_id
            and with_currency.date_day = candidates.date_day
            and with_currency.dataset = candidates.dataset
            and with_currency.platform = candidates.platform
            and with_currency.connection_id = candidates.connection_id
            and with_currency.currency_code = candidates.currency_code
            and candidates.nearest = 1
)

select
    cast(tenant_id as {{ adt_type_uuid() }}) as tenant_id,
    cast(date_day as date) as date_day,
    cast(dataset as {{ dbt.type_string() }}) as dataset,
    cast(platform as {{ dbt.type_string() }}) as platform,
    cast(connection_id as {{ adt_type_uuid() }}) as connection_id,
    cast(currency_code as {{ adt_type_currency() }}) as currency_code,
    reporting_currency,
    fx_rate,
    (fx_rate is null and (spend is not null or conversions_value is not null or total_revenue is not null)) as rate_missing,
    cast(spend as {{ adt_type_decimal() }}) as spend,
    cast(spend * fx_rate as {{ adt_type_decimal() }}) as spend_reporting,
    cast(impressions as {{ adt_type_count() }}) as impressions,
    cast(clicks as {{ adt_type_count() }}) as clicks,
    cast(conversions as {{ adt_type_decimal() }}) as conversions,
    cast(conversions_value as {{ adt_type_decimal() }}) as conversions_value,
    cast(conversions_value * fx_rate as {{ adt_type_decimal() }}) as conversions_value_reporting,
    cast(sessions as {{ adt_type_count() }}) as sessions,
    cast(total_revenue as {{ adt_type_decimal() }}) as total_revenue,
    cast(total_revenue * fx_rate as {{ adt_type_decimal() }}) as total_revenue_reporting
from converted
