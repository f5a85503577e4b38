-- Each tenant's sync runs (SyncRunStore), tenant-scoped and row-level-secured like every
-- tenant-scoped table; and the one read across tenants the sync signals need.
create table sync_runs (
    id             uuid primary key,
    tenant_id      uuid not null references tenants (id),
    connection_id  uuid not null,
    airbyte_job_id bigint,
    trigger        text not null constraint sync_runs_trigger_known check (trigger in ('manual', 'schedule', 'airbyte')),
    status         text not null
                   constraint sync_runs_status_known check (status in ('running', 'succeeded', 'failed', 'cancelled')),
    started_at     timestamptz not null,
    finished_at    timestamptz,
    records_synced bigint not null constraint sync_runs_records_counted check (records_synced >= 0),
    bytes_synced   bigint not null constraint sync_runs_bytes_counted check (bytes_synced >= 0),
    failure        text,
    constraint sync_runs_connection foreign key (tenant_id, connection_id) references connections (tenant_id, id),
    constraint sync_runs_end_when_finished check ((status = 'running') = (finished_at is null)),
    -- One run per Airbyte job of a tenant: the poller and the use case that started it may both record it.
    constraint sync_runs_one_per_job unique (tenant_id, airbyte_job_id)
);
-- A connection's latest runs; the tenant's runs newest first (the telemetry pages).
create index sync_runs_by_connection on sync_runs (tenant_id, connection_id, started_at desc, id desc);
create index sync_runs_by_start on sync_runs (tenant_id, started_at desc, id desc);
-- The runs still open, which the poller reads every minute.
create index sync_runs_running on sync_runs (tenant_id, started_at) where status = 'running';

select adt_enable_tenant_isolation('sync_runs');

-- Airbyte's webhook names only its own connection id: which tenant's connection is that? Row-level
-- security hides every connection from a transaction that named no tenant, and the application role
-- gets no policy that lifts it. As for invitations (V5), one narrow function runs as the owner and
-- answers exactly the tenant and id of the one connection with that Airbyte id, nothing else.
create policy connection_by_airbyte_id on connections for select to current_user
    using (airbyte_connection_id = nullif(current_setting('adt.airbyte_connection_id', true), ''));

create index connections_by_airbyte_id on connections (airbyte_connection_id) where airbyte_connection_id is not null;

create function adt_connection_of_airbyte(p_airbyte_connection_id text)
    returns table (tenant_id uuid, connection_id uuid)
language plpgsql
security definer
set search_path = pg_catalog, "${flyway:defaultSchema}", pg_temp
as $$
begin
    perform set_config('adt.airbyte_connection_id', p_airbyte_connection_id, true);
    return query
        select c.tenant_id, c.id from connections c
        where c.airbyte_connection_id = p_airbyte_connection_id
        order by c.created_at, c.id
        limit 1;
    perform set_config('adt.airbyte_connection_id', '', true);
end
$$;

-- Functions are executable by everyone unless revoked: only the application role may call this one.
revoke execute on function adt_connection_of_airbyte(text) from public;
grant execute on function adt_connection_of_airbyte(text) to "${app_role}";
