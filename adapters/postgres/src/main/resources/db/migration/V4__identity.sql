-- People, their tokens, and their place in tenants.
--
-- users, refresh_tokens and one_time_tokens are directory tables like tenants, not tenant-scoped:
-- one person belongs to any number of tenants, and logging in, refreshing a session or resetting
-- a password all happen before any tenant is named. memberships and invitations belong to one
-- tenant each and are row-level-secured like every tenant-scoped table.
--
-- Tokens are stored only as SHA-256 hashes (OpaqueToken): the checks below refuse anything else,
-- so a copy of these tables gives nobody a usable token.

create table users (
    id            uuid primary key,
    -- Unique case-insensitively: the domain (Email) keeps addresses in lower case, so a plain unique
    -- constraint on that one form is the case-insensitive one, and lookups need no lower(). The check
    -- keeps hand-written rows to that form (under collation "C" lower() folds ASCII letters only,
    -- which is the mistake a hand-written row would make).
    email         text collate "C" not null
                  constraint users_email_unique unique
                  constraint users_email_lower_case check (email = lower(email)),
    password_hash text not null,
    status        text not null
                  constraint users_status_known check (status in ('active', 'disabled')),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint users_updated_after_created check (updated_at >= created_at)
);

create table refresh_tokens (
    token_hash text collate "C" primary key
               constraint refresh_tokens_hash_only check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    uuid not null references users (id),
    family_id  uuid not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    rotated_at timestamptz,
    revoked_at timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);

create table one_time_tokens (
    token_hash text collate "C" primary key
               constraint one_time_tokens_hash_only check (token_hash ~ '^[0-9a-f]{64}$'),
    purpose    text not null
               constraint one_time_tokens_purpose_known check (purpose in ('password_reset')),
    user_id    uuid not null references users (id),
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index one_time_tokens_user on one_time_tokens (user_id);

create table memberships (
    tenant_id  uuid not null references tenants (id),
    user_id    uuid not null references users (id),
    role       text not null
               constraint memberships_role_known check (role in ('owner', 'admin', 'analyst', 'viewer')),
    created_at timestamptz not null,
    primary key (tenant_id, user_id)
);
create index memberships_user on memberships (user_id);
select adt_enable_tenant_isolation('memberships');
-- A user lists their own memberships across tenants (which tenants may I open?) before choosing
-- one: Transactions.asUser names the user with set_config('app.user_id', ..., true). Permissive
-- policies are or-ed, so this adds reading (only) one's own rows; every write still needs the tenant.
create policy own_memberships on memberships for select
    using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
-- Members are removed; the rows go with them.
grant delete on memberships to "${app_role}";

create table invitations (
    token_hash  text collate "C" primary key
                constraint invitations_hash_only check (token_hash ~ '^[0-9a-f]{64}$'),
    tenant_id   uuid not null references tenants (id),
    email       text collate "C" not null
                constraint invitations_email_lower_case check (email = lower(email)),
    role        text not null
                constraint invitations_role_known check (role in ('owner', 'admin', 'analyst', 'viewer')),
    invited_by  uuid not null references users (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    accepted_at timestamptz
);
create index invitations_tenant on invitations (tenant_id);
select adt_enable_tenant_isolation('invitations');
