-- The audit log, in two tables for its two kinds of events:
--   audit_events   what happened in one tenant: tenant-scoped, row-level-secured through
--                  adt_enable_tenant_isolation like every tenant-scoped table;
--   account_events what happened to an account, with no tenant (logins, token revocations,
--                  password resets): directory-level, like users.
-- One table with a nullable tenant_id would need hand-written policies (the helper insists on
-- tenant_id not null, and rightly: such a row is nobody's), and every reader would have to keep
-- the nulls in mind. Two tables keep each one plain and the tenant-scoped one uniform.
--
-- Actors are not references: the log outlives whatever it mentions. Details are a flat JSON
-- object of strings, written and read by PostgreSQL itself (jsonb_object, jsonb_each_text).
create table audit_events (
    id             uuid primary key,
    tenant_id      uuid not null references tenants (id),
    actor          uuid,
    action         text not null,
    target_type    text not null,
    target_id      text not null,
    client_address text not null,
    user_agent     text not null,
    correlation_id text not null,
    at             timestamptz not null,
    details        jsonb not null
                   constraint audit_events_details_object check (jsonb_typeof(details) = 'object')
);
-- The search: one tenant's events, newest first by time then id, from a position on.
create index audit_events_search on audit_events (tenant_id, at desc, id desc);
select adt_enable_tenant_isolation('audit_events');

create table account_events (
    id             uuid primary key,
    actor          uuid,
    action         text not null,
    target_type    text not null,
    target_id      text not null,
    client_address text not null,
    user_agent     text not null,
    correlation_id text not null,
    at             timestamptz not null,
    details        jsonb not null
                   constraint account_events_details_object check (jsonb_typeof(details) = 'object')
);
create index account_events_actor on account_events (actor, at desc, id desc);

-- Append-only, twice. The application role may only add and read (V1's default privileges gave
-- it update too). And a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the owner and
-- superusers included, so not even a hand-written statement in a console rewrites history.
-- Statement-level, so it refuses even a statement that would match no row. ENABLE ALWAYS keeps it
-- firing under session_replication_role = replica, which silences ordinary triggers. Dropping it
-- takes a migration: a schema change made by the owner, in the open, never by the service.
revoke update, delete, truncate on audit_events, account_events from "${app_role}";
grant select, insert on audit_events, account_events to "${app_role}";

create function adt_refuse_audit_change() returns trigger
language plpgsql
as $$
begin
    raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name
        using hint = 'audit events are never changed or deleted; record a new event instead';
end
$$;

create trigger audit_events_append_only before update or delete or truncate on audit_events
    for each statement execute function adt_refuse_audit_change();
alter table audit_events enable always trigger audit_events_append_only;

create trigger account_events_append_only before update or delete or truncate on account_events
    for each statement execute function adt_refuse_audit_change();
alter table account_events enable always trigger account_events_append_only;
