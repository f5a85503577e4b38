-- Each campaign's name as of its latest extraction: what the snapshot records over time.
with ranked as (
    select
        tenant_id,
        connection_id,
        platform,
        account_id,
        campaign_id,
        campaign_name,
        source_extracted_at,
        row_number() over (
            partition by tenant_id, connection_id, account_id, campaign_id
            order by source_extracted_at desc, date_day desc
        ) as adt_recency
    from {{ ref('fct_ad_performance_daily') }}
)

select
    {{ dbt.concat(["cast(connection_id as " ~ dbt.type_string() ~ ")", "'/'", "account_id", "'/'", "campaign_id"]) }}
        as campaign_key,
    tenant_id,
    connection_id,
    platform,
    account_id,
    campaign_id,
    campaign_name,
    source_extracted_at
from ranked
where adt_recency = 1
