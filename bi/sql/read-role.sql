-- The read role a BI tool logs in as: it may read the facts, the tenants, the metrics snapshots and
-- the dbt marts, and nothing else (no users, credentials, audit log or uploads), and it writes nothing.
--
-- Every tenant-scoped table of the application is row-level-secured (V3): a session that named no
-- tenant sees no rows. The policy added here lets this one role read every tenant's rows of the
-- tables it is granted; a deployment then limits each viewer to a tenant in the BI tool (Superset
-- row-level security) or gives each tenant a role of its own (tenant-reader.sql): see bi/README.md.
--
-- Run it as the owner of the application's tables (the ADT_DATABASE_URL user), with CREATEROLE
-- when the role does not exist yet, after the service migrated the database, and again after an
-- upgrade (it is idempotent). Three settings name the role, its password and the marts' schema:
--
--   psql "$OWNER_URL" -v ON_ERROR_STOP=1 \
--     -c "select set_config('adt.bi_reader', 'adtelligent_bi', false),
--                set_config('adt.bi_password', '<password>', false),
--                set_config('adt.bi_marts_schema', 'analytics', false)" \
--     -f bi/sql/read-role.sql
--
-- An empty password leaves an existing role's password as it is. The marts' schema may not exist
-- yet (dbt has not run): the grants on it are then skipped; run this again after the first dbt build.
do $$
declare
    reader   text := current_setting('adt.bi_reader');
    password text := current_setting('adt.bi_password', true);
    marts    text := current_setting('adt.bi_marts_schema', true);
    app      text := current_schema();
    facts    text[] := array['ad_performance_daily', 'web_analytics_daily', 'search_console_daily'];
    fact     text;
begin
    if not exists (select from pg_roles where rolname = reader) then
        execute format('create role %I login nosuperuser nocreatedb nocreaterole nobypassrls', reader);
    end if;
    if exists (select from pg_roles where rolname = reader and (rolsuper or rolbypassrls)) then
        raise exception 'role "%" must not be a superuser nor bypass row-level security', reader;
    end if;
    if coalesce(password, '') <> '' then
        execute format('alter role %I password %L', reader, password);
    end if;
    -- A BI tool has no business writing: every transaction of this role is read-only.
    execute format('alter role %I set default_transaction_read_only = on', reader);

    execute format('grant usage on schema %I to %I', app, reader);
    execute format('grant select on %I.tenants to %I', app, reader);
    foreach fact in array facts loop
        execute format('grant select on %I.%I to %I', app, fact, reader);
        execute format('drop policy if exists %I on %I.%I', 'bi_read_' || reader, app, fact);
        execute format('create policy %I on %I.%I for select to %I using (true)', 'bi_read_' || reader, app, fact, reader);
    end loop;
    -- Snapshots: the whole table. Their content is the tenant's metrics computed from the same facts;
    -- a grant of some columns only would break Superset's row-level security on virtual datasets,
    -- which wraps each table it filters in "select * from ... where ...".
    execute format('grant select on %I.metrics_snapshots to %I', app, reader);
    execute format('drop policy if exists %I on %I.metrics_snapshots', 'bi_read_' || reader, app);
    execute format('create policy %I on %I.metrics_snapshots for select to %I using (true)',
                   'bi_read_' || reader, app, reader);

    if coalesce(marts, '') <> '' and exists (select from pg_namespace where nspname = marts) then
        execute format('grant usage on schema %I to %I', marts, reader);
        execute format('grant select on all tables in schema %I to %I', marts, reader);
        -- Tables dbt creates later, when dbt logs in as the role running this.
        execute format('alter default privileges in schema %I grant select on tables to %I', marts, reader);
    end if;
end
$$;
