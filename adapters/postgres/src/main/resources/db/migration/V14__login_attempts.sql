-- Login attempts, counted per key for every instance of the service at once (ports.out.LoginAttempts):
-- a key is the SHA-256 of an account, or of an account and a client address, so the table holds
-- neither emails nor addresses. One row per key; an attempt changes it in one
-- insert ... on conflict do update, whose row lock makes concurrent attempts count one at a time.
--
-- Not tenant-scoped: logins come before any tenant is named. Only the service uses it.
create table login_attempts (
    key       text primary key,
    attempts  int not null check (attempts > 0),
    next_at   timestamp with time zone not null, -- no further attempt counts before this
    forget_at timestamp with time zone not null, -- from then on the key starts again at 0
    constraint login_attempts_hash_only check (key ~ '^[0-9a-f]{64}$')
);
-- Forgotten keys are swept now and then by the service.
create index login_attempts_forget_at on login_attempts (forget_at);

-- V1's default privileges gave the application role select, insert and update. A login that
-- succeeds clears its key, and forgotten keys are removed: delete too.
grant delete on login_attempts to "${app_role}";
