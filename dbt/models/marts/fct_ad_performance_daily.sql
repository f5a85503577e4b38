-- The unified ad performance facts, column for column the application's ad_performance_daily:
-- ids '' for none, blank names null, the latest extraction of each key of that table.
-- Rows the table's checks refuse (a day's spend below zero) are left out, as the Java path refuses them.
with staged as (
    {{ adt_union_staging('ad_performance_daily', ['tenant_id', 'connection_id', 'platform', 'source_extracted_at',
        'date_day', 'account_id', 'account_name', 'campaign_id', 'campaign_name', 'ad_group_id', 'ad_group_name',
        'ad_id', 'ad_name', 'currency_code', 'spend', 'impressions', 'clicks', 'conversions', 'conversions_value']) }}
),

shaped as (
    select
        tenant_id,
        date_day,
        connection_id,
        platform,
        account_id,
        {{ adt_blank_to_null('account_name') }} as account_name,
        campaign_id,
        {{ adt_blank_to_null('campaign_name') }} as campaign_name,
        coalesce({{ adt_blank_to_null('ad_group_id') }}, '') as ad_group_id,
        {{ adt_blank_to_null('ad_group_name') }} as ad_group_name,
        coalesce({{ adt_blank_to_null('ad_id') }}, '') as ad_id,
        {{ adt_blank_to_null('ad_name') }} as ad_name,
        upper(trim({{ adt_blank_to_null('currency_code') }})) as currency_code,
        coalesce(spend, 0) as spend,
        coalesce(impressions, 0) as impressions,
        coalesce(clicks, 0) as clicks,
        coalesce(conversions, 0) as conversions,
        coalesce(conversions_value, 0) as conversions_value,
        source_extracted_at
    from staged
),

latest as (
    select
        *,
        row_number() over (
            partition by tenant_id, date_day, connection_id, account_id, campaign_id, ad_group_id, ad_id
            order by source_extracted_at desc
        ) as adt_recency
    from shaped
)

select
    cast(tenant_id as {{ adt_type_uuid() }}) as tenant_id,
    cast(date_day as date) as date_day,
    cast(connection_id as {{ adt_type_uuid() }}) as connection_id,
    cast(platform as {{ dbt.type_string() }}) as platform,
    cast(account_id as {{ dbt.type_string() }}) as account_id,
    cast(account_name as {{ dbt.type_string() }}) as account_name,
    cast(campaign_id as {{ dbt.type_string() }}) as campaign_id,
    cast(campaign_name as {{ dbt.type_string() }}) as campaign_name,
    cast(ad_group_id as {{ dbt.type_string() }}) as ad_group_id,
    cast(ad_group_name as {{ dbt.type_string() }}) as ad_group_name,
    cast(ad_id as {{ dbt.type_string() }}) as ad_id,
    cast(ad_name as {{ dbt.type_string() }}) as ad_name,
    cast(currency_code as {{ adt_type_currency() }}) as currency_code,
    cast(spend as {{ adt_type_decimal() }}) as spend,
    cast(impressions as {{ adt_type_count() }}) as impressions,
    cast(clicks as {{ adt_type_count() }}) as clicks,
    cast(conversions as {{ adt_type_decimal() }}) as conversions,
    cast(conversions_value as {{ adt_type_decimal() }}) as conversions_value,
    cast(source_extracted_at as {{ adt_type_timestamptz() }}) as source_extracted_at
from latest
where adt_recency = 1 and spend >= 0 and impressions >= 0 and clicks >= 0
