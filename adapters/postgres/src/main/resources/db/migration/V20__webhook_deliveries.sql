-- The job outcomes Airbyte's webhook delivered (WebhookDeliveries), so a delivery Airbyte retries
-- or someone replays is passed on once. Keyed by Airbyte's job id and the outcome the delivery
-- claims: a failure delivered after the success of the same job is a row of its own, passed on too,
-- and the job is read from Airbyte's API either way. No tenant data (no connection, no payload), so
-- a directory table without row-level security, shared by every instance on this database.
--
-- Two instances receiving the same delivery both insert; the primary key keeps one, and the other's
-- "on conflict do nothing" inserts nothing and answers that it was recorded before.
create table webhook_deliveries (
    airbyte_job_id bigint not null,
    outcome        text collate "C" not null
                   constraint webhook_deliveries_outcome check (outcome in ('succeeded', 'failed')),
    received_at    timestamptz not null,
    primary key (airbyte_job_id, outcome)
);
-- Written once, never changed.
revoke update on webhook_deliveries from "${app_role}";
