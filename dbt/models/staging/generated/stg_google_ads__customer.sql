-- google_ads.customer (contract version 1) as context for the platform's other streams.
-- Days are the account calendar's, as written; written by `adtelligent contracts dbt` from the contract: change the contract, not this file.

with source_rows as (
    select * from {{ source('airbyte', 'google_ads__customer') }}
    {{ adt_tenant_filter() }}
),

latest as (
    select
        *,
        row_number() over (
            partition by connection_id, "customer.id", "segments.date"
            order by _airbyte_extracted_at desc, _airbyte_raw_id desc
        ) as adt_recency
    from source_rows
),

mapped as (
    select
        tenant_id,
        connection_id,
        _airbyte_extracted_at as source_extracted_at,
        trim("customer.id") as account_id,
        "customer.descriptive_name" as account_name,
        "customer.currency_code" as currency_code,
        "customer.time_zone" as time_zone
    from latest
    where adt_recency = 1
)

select
    tenant_id,
    connection_id,
    source_extracted_at,
    cast(account_id as {{ dbt.type_string() }}) as account_id,
    cast(account_name as {{ dbt.type_string() }}) as account_name,
    cast(currency_code as {{ dbt.type_string() }}) as currency_code,
    cast(time_zone as {{ dbt.type_string() }}) as time_zone
from mapped
where account_id is not null
