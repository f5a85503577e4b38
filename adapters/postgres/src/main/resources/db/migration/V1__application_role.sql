-- The service must not work as the owner of the tables: owners and superusers bypass row-level
-- security. It logs in as the owner (who runs these migrations) and then switches to this role
-- with SET ROLE. The role cannot log in by itself and owns nothing.
--
-- Roles belong to the whole server, not to one database: the role may exist already, made by the
-- migration of another database on the same server or by a DBA. Then it is reused as it is.
do $$
begin
    if not exists (select from pg_roles where rolname = '${app_role}') then
        begin
            create role "${app_role}" nologin nosuperuser nobypassrls;
        exception when duplicate_object or unique_violation then
            null; -- another database's migration created it at the same moment
        end;
    end if;
    if exists (select from pg_roles where rolname = '${app_role}' and (rolsuper or rolbypassrls)) then
        raise exception 'role "%" must not be a superuser nor bypass row-level security', '${app_role}';
    end if;
    -- SET ROLE needs membership. Superusers are members of every role; a DBA may have granted it.
    if not pg_has_role(current_user, '${app_role}', 'member') then
        execute format('grant %I to %I', '${app_role}', current_user);
    end if;
end
$$;

-- Reading and writing, no deleting: a table whose rows may be deleted grants that itself.
-- Default privileges cover every table and sequence the owner creates here later, so a new
-- migration needs no grant of its own.
grant usage on schema "${flyway:defaultSchema}" to "${app_role}";
alter default privileges in schema "${flyway:defaultSchema}"
    grant select, insert, update on tables to "${app_role}";
alter default privileges in schema "${flyway:defaultSchema}"
    grant usage, select on sequences to "${app_role}";
