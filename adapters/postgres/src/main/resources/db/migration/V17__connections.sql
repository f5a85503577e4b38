-- Each tenant's connections to its platform accounts (ConnectionStore), tenant-scoped and
-- row-level-secured like every tenant-scoped table.
--
-- Credentials are kept only sealed (SealedSecret: the ciphertext, its nonce, and the tenant's data
-- key wrapped by the key service's master key): the six secret_ columns are all set or all null
-- (CSV sources have none). credential_fingerprints holds, per field given, a short keyed hash of
-- its value, so a person can tell which value is set; never the value.
--
-- Deleting a connection marks it deleted: the facts that came through it stay and still name it,
-- so the service never deletes rows here (no grant delete).
create table connections (
    id                      uuid primary key,
    tenant_id               uuid not null references tenants (id),
    platform                text not null
                            constraint connections_platform_known check (platform in ('META_ADS', 'GOOGLE_ADS',
                                'MICROSOFT_ADS', 'LINKEDIN_ADS', 'TIKTOK_ADS', 'GA4', 'SEARCH_CONSOLE', 'CSV')),
    external_account_id     text collate "C" not null constraint connections_account_given check (external_account_id <> ''),
    name                    text not null constraint connections_name_given check (name <> ''),
    -- An ISO-8601 interval (PT6H) or a five-field cron expression; null: not synced on a schedule.
    schedule                text,
    status                  text not null constraint connections_status_known
                            check (status in ('active', 'paused', 'reauth_required', 'error', 'deleted')),
    secret_algorithm        text,
    secret_master_key_id    text,
    secret_data_key_version integer,
    secret_wrapped_key      bytea,
    secret_nonce            bytea,
    secret_ciphertext       bytea,
    credential_fingerprints jsonb not null default '{}'
                            constraint connections_fingerprints_object check (jsonb_typeof(credential_fingerprints) = 'object'),
    token_expires_at        timestamptz,
    airbyte_source_id       text,
    airbyte_connection_id   text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    constraint connections_sealed_whole check (num_nulls(secret_algorithm, secret_master_key_id,
        secret_data_key_version, secret_wrapped_key, secret_nonce, secret_ciphertext) in (0, 6)),
    constraint connections_tenant_and_id unique (tenant_id, id)
);
-- The list: a tenant's connections oldest first.
create index connections_by_age on connections (tenant_id, created_at, id);

-- Records for what came in before connections were recorded. The fact and import tables force
-- row-level security on their owner too; for this one statement the owner reads them unforced.
alter table import_jobs no force row level security;
alter table ad_performance_daily no force row level security;
alter table web_analytics_daily no force row level security;
alter table search_console_daily no force row level security;

-- CSV sources: the connection id the upload service derives from the tenant and the source's name
-- (Java's UUID.nameUUIDFromBytes of 'csv:<tenant>:<source>': an MD5 name-based UUID, version 3).
insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at, updated_at)
select distinct on (id) id, tenant_id, 'CSV', source, source, 'active', now(), now()
from (select tenant_id, source,
             (substr(h, 1, 12) || '3' || substr(h, 14, 3)
                 || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1)
                 || substr(h, 18, 15))::uuid as id
      from (select tenant_id, mapping ->> 'source' as source,
                   md5(convert_to('csv:' || tenant_id || ':' || (mapping ->> 'source'), 'UTF8')) as h
            from import_jobs
            where status = 'committed' and mapping ->> 'source' <> '') as sources) as derived
order by id;

-- Facts ingested under a bare connection id: one record per id, named after its account.
insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at, updated_at)
select connection_id, min(tenant_id::text)::uuid, min(platform), min(account_id),
       coalesce(min(account_name), min(account_id)), 'active', now(), now()
from ad_performance_daily
group by connection_id
on conflict (id) do nothing;

insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at, updated_at)
select connection_id, min(tenant_id::text)::uuid, 'GA4', min(property_id), min(property_id), 'active', now(), now()
from web_analytics_daily
group by connection_id
on conflict (id) do nothing;

insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at, updated_at)
select connection_id, min(tenant_id::text)::uuid, 'SEARCH_CONSOLE', min(site_url), min(site_url), 'active', now(), now()
from search_console_daily
group by connection_id
on conflict (id) do nothing;

alter table import_jobs force row level security;
alter table ad_performance_daily force row level security;
alter table web_analytics_daily force row level security;
alter table search_console_daily force row level security;

select adt_enable_tenant_isolation('connections');
