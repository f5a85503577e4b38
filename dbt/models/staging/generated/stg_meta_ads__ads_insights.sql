-- meta_ads.ads_insights (contract version 1) as ad_performance_daily rows.
-- Days are the account calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'meta_ads__ads_insights') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "date_start", "account_id", "ad_id"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        'META_ADS' as platform,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_day('"date_start"', 'yyyy-MM-dd') }} as date_day,
        trim("account_id") as account_id,
        "account_name" as account_name,
        trim("campaign_id") as campaign_id,
        "campaign_name" as campaign_name,
        trim("adset_id") as ad_group_id,
        "adset_name" as ad_group_name,
        trim("ad_id") as ad_id,
        "ad_name" as ad_name,
        "account_currency" as currency_code,
        cast("spend" as {{ adt_type_decimal() }}) as spend,
        cast(cast("impressions" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as impressions,
        coalesce(cast(cast("inline_link_clicks" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}), cast(0 as {{ adt_type_decimal() }})) as clicks,
        {{ adt_sum_by_action_type('"actions"', ['offsite_conversion.fb_pixel_purchase', 'onsite_conversion.purchase', 'offsite_conversion.fb_pixel_lead', 'onsite_conversion.lead_grouped']) }} as conversions,
        {{ adt_sum_by_action_type('"action_values"', ['offsite_conversion.fb_pixel_purchase', 'onsite_conversion.purchase', 'offsite_conversion.fb_pixel_lead', 'onsite_conversion.lead_grouped']) }} as conversions_value
    from latest
    where adt_recency = 1
)

select
    tenant_id,
    connection_id,
    platform,
    source_extracted_at,
    cast(date_day as date) as date_day,
    cast(account_id as {{ dbt.type_string() }}) as account_id,
    cast(account_name as {{ dbt.type_string() }}) as account_name,
    cast(campaign_id as {{ dbt.type_string() }}) as campaign_id,
    cast(campaign_name as {{ dbt.type_string() }}) as campaign_name,
    cast(ad_group_id as {{ dbt.type_string() }}) as ad_group_id,
    cast(ad_group_name as {{ dbt.type_string() }}) as ad_group_name,
    cast(ad_id as {{ dbt.type_string() }}) as ad_id,
    cast(ad_name as {{ dbt.type_string() }}) as ad_name,
    cast(currency_code as {{ dbt.type_string() }}) as currency_code,
    cast(spend as {{ adt_type_decimal() }}) as spend,
    cast(impressions as {{ adt_type_count() }}) as impressions,
    cast(clicks as {{ adt_type_count() }}) as clicks,
    cast(conversions as {{ adt_type_decimal() }}) as conversions,
    cast(conversions_value as {{ adt_type_decimal() }}) as conversions_value
from mapped
where date_day is not null and account_id is not null and campaign_id is not null
