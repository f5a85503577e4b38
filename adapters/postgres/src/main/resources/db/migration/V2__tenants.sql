-- The directory of tenants: the root every tenant-scoped table references. It is deliberately
-- not row-level-secured: a tenant is looked up by its slug before anyone knows which tenant is
-- meant (every /api/tenants/{slug}/... request starts there), and who may see which tenant is
-- decided by memberships, not by a policy on this table.
create table tenants (
    id                  uuid primary key,
    -- Collation "C" compares code points, as Java does: paging order is the same in every adapter
    -- and on every server, whatever its locale (en_US, for one, ignores hyphens when sorting).
    slug                text collate "C" not null unique
                        constraint tenants_slug_shape check (slug ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$'),
    display_name        text not null
                        constraint tenants_display_name_length check (char_length(display_name) between 1 and 100),
    reporting_currency  char(3) not null
                        constraint tenants_reporting_currency_shape check (reporting_currency ~ '^[A-Z]{3}$'),
    reporting_time_zone text not null,
    status              text not null
                        constraint tenants_status_known check (status in ('active', 'suspended')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint tenants_updated_after_created check (updated_at >= created_at)
);

-- Already granted by the default privileges of V1; said again so the table's rights read here.
grant select, insert, update on tenants to "${app_role}";
