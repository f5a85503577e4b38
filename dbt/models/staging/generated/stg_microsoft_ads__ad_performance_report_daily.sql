-- microsoft_ads.ad_performance_report_daily (contract version 1) as ad_performance_daily rows.
-- Days are the account calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'microsoft_ads__ad_performance_report_daily') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "AccountId", "CampaignId", "AdGroupId", "AdId", "TimePeriod", "CurrencyCode", "AdDistribution", "DeviceType", "Language", "Network", "DeviceOS", "TopVsOther", "BidMatchType", "DeliveredMatchType"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        'MICROSOFT_ADS' as platform,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_day('"TimePeriod"', 'yyyy-MM-dd') }} as date_day,
        trim("AccountId") as account_id,
        "AccountName" as account_name,
        trim("CampaignId") as campaign_id,
        "CampaignName" as campaign_name,
        trim("AdGroupId") as ad_group_id,
        "AdGroupName" as ad_group_name,
        trim("AdId") as ad_id,
        cast(null as {{ dbt.type_string() }}) as ad_name,
        "CurrencyCode" as currency_code,
        cast("Spend" as {{ adt_type_decimal() }}) as spend,
        cast(cast("Impressions" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as impressions,
        cast(cast("Clicks" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as clicks,
        coalesce(cast("Conversions" as {{ adt_type_decimal() }}), cast(0 as {{ adt_type_decimal() }})) as conversions,
        coalesce(cast("Revenue" as {{ adt_type_decimal() }}), cast(0 as {{ adt_type_decimal() }})) as conversions_value
    from latest
    where adt_recency = 1
),

ranked as (
    select
        *,
        row_number() over (
            partition by connection_id, date_day, account_id, campaign_id, ad_group_id, ad_id
            order by source_extracted_at desc
        ) as adt_recency
    from mapped
),

summed as (
    select
        tenant_id,
        connection_id,
        platform,
        date_day,
        account_id,
        campaign_id,
        ad_group_id,
        ad_id,
        max(source_extracted_at) as source_extracted_at,
        max(case when adt_recency = 1 then account_name end) as account_name,
        max(case when adt_recency = 1 then campaign_name end) as campaign_name,
        max(case when adt_recency = 1 then ad_group_name end) as ad_group_name,
        max(case when adt_recency = 1 then ad_name end) as ad_name,
        max(case when adt_recency = 1 then currency_code end) as currency_code,
        sum(spend) as spend,
        sum(impressions) as impressions,
        sum(clicks) as clicks,
        sum(conversions) as conversions,
        sum(conversions_value) as conversions_value
    from ranked
    group by tenant_id, connection_id, platform, date_day, account_id, campaign_id, ad_group_id, ad_id
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
from summed
where date_day is not null and account_id is not null and campaign_id is not null
