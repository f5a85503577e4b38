-- Invitations get a public id and an end besides acceptance and expiry: revocation.
--
-- The id is what an admin lists and revokes an invitation by; the token (its hash) never leaves the
-- mail. revoked_at is set when an admin revokes an invitation, or when a newer decision about the
-- same email in the same tenant makes it stale: a newer invitation, the member's removal or role
-- change, the acceptance of another invitation. A revoked invitation can no longer be accepted.
alter table invitations add column id uuid;
update invitations set id = gen_random_uuid() where id is null;
alter table invitations alter column id set not null;
alter table invitations add constraint invitations_id_unique unique (id);
alter table invitations add column revoked_at timestamptz;

-- The pending invitations of one email in one tenant, found when they are to be revoked.
create index invitations_tenant_email on invitations (tenant_id, email);

-- V5's functions, now also refusing a revoked invitation. Of an acceptance and a revocation of the
-- same row at the same moment, the second waits for the first's row lock, then finds the row ended.
create or replace function adt_pending_invitation(p_token_hash text, p_at timestamptz) returns setof invitations
language plpgsql
security definer
set search_path = pg_catalog, "${flyway:defaultSchema}", pg_temp
as $$
begin
    perform set_config('adt.invitation_token_hash', p_token_hash, true);
    return query
        select * from invitations
        where token_hash = p_token_hash and accepted_at is null and revoked_at is null and p_at < expires_at;
    perform set_config('adt.invitation_token_hash', '', true);
end
$$;

create or replace function adt_accept_invitation(p_token_hash text, p_at timestamptz) returns setof invitations
language plpgsql
security definer
set search_path = pg_catalog, "${flyway:defaultSchema}", pg_temp
as $$
begin
    perform set_config('adt.invitation_token_hash', p_token_hash, true);
    return query
        update invitations set accepted_at = p_at
        where token_hash = p_token_hash and accepted_at is null and revoked_at is null and p_at < expires_at
        returning *;
    perform set_config('adt.invitation_token_hash', '', true);
end
$$;
