-- Deliveries are kept for ADT_AIRBYTE_WEBHOOK_RETENTION (default 30 days), then deleted by a daily
-- task in batches, oldest first: the index finds each batch without reading the whole table, and
-- the service's role gains the right to delete (V1 grants none by default).
--
-- A job whose rows are gone and whose delivery comes again is passed on once more: the job is then
-- read from Airbyte's API again, which records nothing new (sync runs are keyed by Airbyte's job).
create index webhook_deliveries_by_received_at on webhook_deliveries (received_at);
grant delete on webhook_deliveries to "${app_role}";
