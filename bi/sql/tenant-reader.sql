-- A read role that sees one tenant only, for a BI connection per tenant (bi/README.md). Run
-- read-role.sql first with the same reader name, then this, as the owner of the tables:
--
--   psql "$OWNER_URL" -v ON_ERROR_STOP=1 \
--     -c "select set_config('adt.bi_reader', 'bi_acme', false),
--                set_config('adt.bi_password', '<password>', false),
--                set_config('adt.bi_tenant', 'acme', false)" \
--     -f bi/sql/read-role.sql -f bi/sql/tenant-reader.sql
--
-- read-role.sql lets the role read every tenant's rows; the restrictive policy here narrows that to
-- the one tenant (restrictive policies are and-ed with the others). The application's own policy
-- trusts the setting app.tenant_id, which any session may set: the restrictive policy holds even
-- then. The tenants directory and the dbt marts carry no row-level security, so a tenant's role is not
-- granted them: on its connection the charts on those datasets answer "permission denied" (use
-- Superset's row-level security instead when viewers need the marts, bi/README.md).
do $$
declare
    reader text := current_setting('adt.bi_reader');
    slug   text := current_setting('adt.bi_tenant');
    marts  text := current_setting('adt.bi_marts_schema', true);
    app    text := current_schema();
    tenant uuid;
    tbl    text;
begin
    execute format('select id from %I.tenants where slug = %L', app, slug) into tenant;
    if tenant is null then
        raise exception 'no tenant with the slug "%"', slug;
    end if;
    foreach tbl in array array['ad_performance_daily', 'web_analytics_daily', 'search_console_daily', 'metrics_snapshots'] loop
        execute format('drop policy if exists %I on %I.%I', 'bi_tenant_' || reader, app, tbl);
        execute format('create policy %I on %I.%I as restrictive for select to %I using (tenant_id = %L)',
                       'bi_tenant_' || reader, app, tbl, reader, tenant);
    end loop;
    execute format('revoke select on %I.tenants from %I', app, reader);
    if coalesce(marts, '') <> '' and exists (select from pg_namespace where nspname = marts) then
        execute format('revoke select on all tables in schema %I from %I', marts, reader);
        execute format('alter default privileges in schema %I revoke select on tables from %I', marts, reader);
    end if;
end
$$;
