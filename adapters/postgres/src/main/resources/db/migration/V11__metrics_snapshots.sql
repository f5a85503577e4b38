-- What is computed from the facts and who is told about it:
--   metrics_snapshots each tenant's precomputed cross-channel views (SnapshotStore), the newest
--                     ten kept: saving one more deletes the oldest, so this table grants delete;
--   alerts            what someone of one tenant should act on (AlertSink), tenant-scoped;
--   system_alerts     what the operators should act on, with no tenant (a failed scheduler run).
-- Tenant-scoped tables are row-level-secured through adt_enable_tenant_isolation like every other.
-- Alerts with and without a tenant are two tables for the reason V6 gives for the audit log: a
-- nullable tenant_id would need hand-written policies, and every reader would have to mind the nulls.
--
-- A snapshot is one jsonb document that the adapter writes and reads whole (SnapshotJson); the
-- columns beside it copy what is searched and sorted on. Ids are identities: their order is the
-- order of saving, which breaks ties between rows of the same instant.
--
-- Freshness (MetricsWarehouse.freshness, FactFreshness) is each connection's newest extraction and
-- newest day over all of a tenant's facts, not a window: a plain aggregate would read every fact
-- the tenant ever had, on every snapshot. Two indexes per fact table turn it into a few probes per
-- connection: (tenant_id, connection_id, date_day) finds the connections and their newest day,
-- (tenant_id, connection_id, source_extracted_at) their newest extraction. They cost every fact
-- write two more index entries; on a large existing table, build them by hand with
-- "create index concurrently" before this migration runs (if not exists then skips them here).
create table metrics_snapshots (
    id           bigint generated always as identity primary key,
    tenant_id    uuid not null references tenants (id),
    generated_at timestamptz not null,
    window_first date not null,
    window_last  date not null,
    content_hash text collate "C" not null,
    content      jsonb not null constraint metrics_snapshots_content_object check (jsonb_typeof(content) = 'object'),
    constraint metrics_snapshots_window_ordered check (window_first <= window_last)
);
-- The latest and the history: one tenant's snapshots, newest first.
create index metrics_snapshots_newest on metrics_snapshots (tenant_id, generated_at desc, id desc);
select adt_enable_tenant_isolation('metrics_snapshots');
grant delete on metrics_snapshots to "${app_role}";

create table alerts (
    id        bigint generated always as identity primary key,
    tenant_id uuid not null references tenants (id),
    kind      text collate "C" not null constraint alerts_kind_given check (kind <> ''),
    message   text not null,
    raised_at timestamptz not null
);
create index alerts_recent on alerts (tenant_id, raised_at desc, id desc);
select adt_enable_tenant_isolation('alerts');

create table system_alerts (
    id        bigint generated always as identity primary key,
    kind      text collate "C" not null constraint system_alerts_kind_given check (kind <> ''),
    message   text not null,
    raised_at timestamptz not null
);
create index system_alerts_recent on system_alerts (raised_at desc, id desc);

-- An alert is raised, never rewritten: the service may add and read them (V1 granted update too).
revoke update on alerts, system_alerts from "${app_role}";

create index if not exists ad_performance_daily_connection_day
    on ad_performance_daily (tenant_id, connection_id, date_day);
create index if not exists ad_performance_daily_connection_extraction
    on ad_performance_daily (tenant_id, connection_id, source_extracted_at);
create index if not exists web_analytics_daily_connection_day
    on web_analytics_daily (tenant_id, connection_id, date_day);
create index if not exists web_analytics_daily_connection_extraction
    on web_analytics_daily (tenant_id, connection_id, source_extracted_at);
create index if not exists search_console_daily_connection_day
    on search_console_daily (tenant_id, connection_id, date_day);
create index if not exists search_console_daily_connection_extraction
    on search_console_daily (tenant_id, connection_id, source_extracted_at);
