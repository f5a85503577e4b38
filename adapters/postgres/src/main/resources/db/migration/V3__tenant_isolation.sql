-- Every tenant-scoped table calls this right after it is created, in the same migration:
--
--     create table connections (
--         id        uuid primary key,
--         tenant_id uuid not null references tenants (id),
--         ...
--     );
--     select adt_enable_tenant_isolation('connections');
--
-- From then on a row can be read, changed or written only in a transaction that named its tenant
-- with set_config('app.tenant_id', '<uuid>', true) (Transactions.inTenant does). With no tenant
-- named, nothing is visible and nothing can be written: forgetting the tenant fails closed.
-- The setting reads as '' after a commit and as null before it was ever set: nullif covers both.
create function adt_enable_tenant_isolation(tbl regclass) returns void
language plpgsql
as $$
declare
    tenant_column smallint;
begin
    select attnum into tenant_column
    from pg_attribute
    where attrelid = tbl and attname = 'tenant_id' and not attisdropped
      and atttypid = 'uuid'::regtype and attnotnull;
    if tenant_column is null then
        raise exception '% needs a column tenant_id uuid not null', tbl;
    end if;
    if not exists (select from pg_constraint
                   where conrelid = tbl and contype = 'f'
                     and confrelid = 'tenants'::regclass and conkey = array[tenant_column]) then
        raise exception '%.tenant_id must reference tenants (id)', tbl;
    end if;

    execute format('alter table %s enable row level security', tbl);
    -- FORCE applies the policy to the owner too, so a session as the owner is no back door.
    execute format('alter table %s force row level security', tbl);
    -- Dropped first so calling this again (say, after changing the policy here) is harmless.
    execute format('drop policy if exists tenant_isolation on %s', tbl);
    execute format($policy$
        create policy tenant_isolation on %s
            using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        $policy$, tbl);
end
$$;

-- Only the owner sets up tables; the application role has no use for it.
revoke execute on function adt_enable_tenant_isolation(regclass) from public;
