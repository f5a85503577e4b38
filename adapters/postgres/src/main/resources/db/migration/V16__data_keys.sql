-- Each tenant's data keys (DataKeyStore), per purpose of the secrets they seal, wrapped by the key
-- service's master key: never a key in plain. The newest version is the current one; older
-- versions stay, as every sealed secret carries its own copy of the wrapped key it was sealed with.
--
-- The primary key is what keeps two service instances from making two first keys: both insert
-- version 1, one wins, the other's "on conflict do nothing" waits for it and then reads the
-- winner's key (PostgresDataKeyStore.createFirst). A rotation inserts the next version the same way.
--
-- Tenant-scoped and row-level-secured like every tenant-scoped table. A key is never changed in
-- place (that would strand the secrets sealed with it), so the service role may not update rows.
create table data_keys (
    tenant_id     uuid not null references tenants (id),
    purpose       text collate "C" not null
                  constraint data_keys_purpose_label check (purpose ~ '^[a-z][a-z0-9-]{0,62}$'),
    version       integer not null constraint data_keys_version_positive check (version > 0),
    master_key_id text not null constraint data_keys_master_key_id_not_blank check (master_key_id <> ''),
    wrapped_key   bytea not null constraint data_keys_wrapped_key_not_empty check (length(wrapped_key) > 0),
    created_at    timestamptz not null default now(),
    primary key (tenant_id, purpose, version)
);
select adt_enable_tenant_isolation('data_keys');
revoke update on data_keys from "${app_role}";
