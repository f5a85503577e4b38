-- Opening and accepting an invitation by its token, before any tenant is known.
--
-- The invitee holds only the token from the mail; which tenant it leads into is what the row
-- says. Row-level security hides every invitation from a transaction that named no tenant, and
-- the application role must get no policy that lifts this: any code path could then read every
-- tenant's invitations. So two narrow functions run as the owner (security definer) and reach
-- exactly one row: the one whose token hash the caller names, which only the holder of the token
-- can compute. search_path is pinned so no object planted elsewhere can stand in for ours.
--
-- FORCE row level security applies the policies to the owner too (a superuser owner, as in the
-- embedded default, bypasses them), so the owner gets two policies of its own, scoped to itself:
-- it may read and accept the row whose hash the function names in a transaction-local setting,
-- and nothing else. The application role cannot use them: it is not the owner and cannot become it.
create policy invitation_by_token on invitations for select to current_user
    using (token_hash = nullif(current_setting('adt.invitation_token_hash', true), ''));
create policy invitation_acceptance on invitations for update to current_user
    using (token_hash = nullif(current_setting('adt.invitation_token_hash', true), ''))
    with check (token_hash = nullif(current_setting('adt.invitation_token_hash', true), ''));

-- The invitation when it is still usable at p_at, unchanged.
create function adt_pending_invitation(p_token_hash text, p_at timestamptz) returns setof invitations
language plpgsql
security definer
set search_path = pg_catalog, "${flyway:defaultSchema}", pg_temp
as $$
begin
    perform set_config('adt.invitation_token_hash', p_token_hash, true);
    return query
        select * from invitations
        where token_hash = p_token_hash and accepted_at is null and p_at < expires_at;
    perform set_config('adt.invitation_token_hash', '', true);
end
$$;

-- Marks the invitation accepted when it is still usable at p_at, and answers it. Of two concurrent
-- calls, the second waits for the first's row lock, then finds accepted_at set and answers nothing.
create function adt_accept_invitation(p_token_hash text, p_at timestamptz) returns setof invitations
language plpgsql
security definer
set search_path = pg_catalog, "${flyway:defaultSchema}", pg_temp
as $$
begin
    perform set_config('adt.invitation_token_hash', p_token_hash, true);
    return query
        update invitations set accepted_at = p_at
        where token_hash = p_token_hash and accepted_at is null and p_at < expires_at
        returning *;
    perform set_config('adt.invitation_token_hash', '', true);
end
$$;

-- Functions are executable by everyone unless revoked: only the application role may call these.
revoke execute on function adt_pending_invitation(text, timestamptz) from public;
revoke execute on function adt_accept_invitation(text, timestamptz) from public;
grant execute on function adt_pending_invitation(text, timestamptz) to "${app_role}";
grant execute on function adt_accept_invitation(text, timestamptz) to "${app_role}";
