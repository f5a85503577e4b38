-- Each tenant's choices of what counts as a conversion (ConversionSettingsStore): per setting a
-- contract defines (say, meta_ads.conversion_action_types), the values chosen, in the order
-- chosen. A setting with no row uses the contract's defaults; an empty array is a choice too
-- (count nothing), so "not chosen" is the absence of the row, never an empty value.
--
-- Tenant-scoped and row-level-secured like every tenant-scoped table. The column is "choices",
-- not "values", which SQL reserves. updated_at is for people reading the table; the code never
-- reads it. Going back to the defaults deletes the row, so this table grants delete.
create table conversion_settings (
    tenant_id  uuid not null references tenants (id),
    setting    text collate "C" not null,
    choices    text[] not null
               constraint conversion_settings_no_null_choice check (array_position(choices, null) is null),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, setting)
);
select adt_enable_tenant_isolation('conversion_settings');
grant delete on conversion_settings to "${app_role}";
