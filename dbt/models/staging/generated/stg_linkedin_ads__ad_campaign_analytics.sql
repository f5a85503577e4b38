-- linkedin_ads.ad_campaign_analytics (contract version 2) as ad_performance_daily rows.
-- Days are the utc calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'linkedin_ads__ad_campaign_analytics') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "string_of_pivot_values", "end_date", "sponsoredCampaign"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        'LINKEDIN_ADS' as platform,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_day('"start_date"', 'yyyy-MM-dd') }} as date_day,
        adt_account_id as account_id,
        cast(null as {{ dbt.type_string() }}) as account_name,
        cast(null as {{ dbt.type_string() }}) as campaign_id,
        cast(null as {{ dbt.type_string() }}) as campaign_name,
        regexp_replace({{ adt_json_text('"pivotValues"', ['0']) }}, '^.*:', '') as ad_group_id,
        cast(null as {{ dbt.type_string() }}) as ad_group_name,
        cast(null as {{ dbt.type_string() }}) as ad_id,
        cast(null as {{ dbt.type_string() }}) as ad_name,
        cast(null as {{ dbt.type_string() }}) as currency_code,
        cast("costInLocalCurrency" as {{ adt_type_decimal() }}) as spend,
        cast(cast("impressions" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as impressions,
        cast(cast("clicks" as {{ adt_type_decimal() }}) as {{ adt_type_count() }}) as clicks,
        (coalesce(cast("externalWebsiteConversions" as {{ adt_type_decimal() }}), 0) + coalesce(cast("oneClickLeads" as {{ adt_type_decimal() }}), 0)) as conversions,
        coalesce(cast("conversionValueInLocalCurrency" as {{ adt_type_decimal() }}), cast(0 as {{ adt_type_decimal() }})) as conversions_value
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
