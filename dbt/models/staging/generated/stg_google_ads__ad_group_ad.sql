-- google_ads.ad_group_ad (contract version 1) as context for the platform's other streams.
-- Days are the account calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'google_ads__ad_group_ad') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "ad_group.id", "ad_group_ad.ad.id", "segments.date"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        _airbyte_extracted_at as source_extracted_at,
        {{ adt_resource_segment('"ad_group_ad.resource_name"', 'customers') }} as account_id,
        trim("ad_group.id") as ad_group_id,
        trim("ad_group_ad.ad.id") as ad_id,
        "ad_group_ad.ad.name" as ad_name
    from latest
    where adt_recency = 1
)

select
    tenant_id,
    connection_id,
    source_extracted_at,
    cast(account_id as {{ dbt.type_string() }}) as account_id,
    cast(ad_group_id as {{ dbt.type_string() }}) as ad_group_id,
    cast(ad_id as {{ dbt.type_string() }}) as ad_id,
    cast(ad_name as {{ dbt.type_string() }}) as ad_name
from mapped
where ad_id is not null
