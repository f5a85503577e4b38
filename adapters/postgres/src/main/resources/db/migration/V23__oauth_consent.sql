-- OAuth consents in progress (OAuthGrantStore) and the token alerts raised (TokenAlerts), both
-- tenant-scoped and row-level-secured like every tenant-scoped table.
--
-- A consent's state is "<tenant id>.<random>": the tenant part says in whose rows to look, and
-- only the SHA-256 of the random part is kept (state_hash), so no one who reads this table can
-- complete a consent. The PKCE verifier and, once the platform answered, its tokens (as the
-- connector's credential fields) are sealed like a connection's credentials: verifier_ and
-- secret_ columns, each group all set or all null.
create table oauth_grants (
    id                      uuid primary key,
    tenant_id               uuid not null references tenants (id),
    user_id                 uuid not null references users (id),
    platform                text not null
                            constraint oauth_grants_platform_known check (platform in ('META_ADS', 'GOOGLE_ADS',
                                'MICROSOFT_ADS', 'LINKEDIN_ADS', 'TIKTOK_ADS', 'GA4', 'SEARCH_CONSOLE')),
    state_hash              text collate "C" not null unique
                            constraint oauth_grants_state_hash_form check (state_hash ~ '^[0-9a-f]{64}$'),
    stage                   text not null
                            constraint oauth_grants_stage_known check (stage in ('started', 'called_back', 'granted', 'done')),
    verifier_algorithm      text,
    verifier_master_key_id  text,
    verifier_data_key_version integer,
    verifier_wrapped_key    bytea,
    verifier_nonce          bytea,
    verifier_ciphertext     bytea,
    secret_algorithm        text,
    secret_master_key_id    text,
    secret_data_key_version integer,
    secret_wrapped_key      bytea,
    secret_nonce            bytea,
    secret_ciphertext       bytea,
    credential_fingerprints jsonb not null default '{}',
    granted_scopes          jsonb not null default '[]',
    accounts                jsonb not null default '[]',
    token_expires_at        timestamptz,
    created_at              timestamptz not null,
    expires_at              timestamptz not null,
    constraint oauth_grants_verifier_whole check (num_nulls(verifier_algorithm, verifier_master_key_id,
        verifier_data_key_version, verifier_wrapped_key, verifier_nonce, verifier_ciphertext) in (0, 6)),
    constraint oauth_grants_sealed_whole check (num_nulls(secret_algorithm, secret_master_key_id,
        secret_data_key_version, secret_wrapped_key, secret_nonce, secret_ciphertext) in (0, 6))
);
create index oauth_grants_by_tenant on oauth_grants (tenant_id, created_at);
select adt_enable_tenant_isolation('oauth_grants');

-- One row per alert raised about a connection's token: kind and episode (the token's end at the
-- time) make it once, so an hourly check warns once, and new credentials start a new episode.
create table token_alerts (
    tenant_id     uuid not null references tenants (id),
    connection_id uuid not null references connections (id),
    kind          text not null constraint token_alerts_kind_known check (kind in ('token_expiring', 'reauth_required')),
    episode       timestamptz not null,
    raised_at     timestamptz not null default now(),
    primary key (tenant_id, connection_id, kind, episode)
);
select adt_enable_tenant_isolation('token_alerts');
