/**
 * Scheduled work on the application's own PostgreSQL, with db-scheduler: snapshots for every active
 * tenant on an interval and on request, retried with full-jitter backoff and alerted on after the
 * last attempt, and the stale-snapshot monitor. Executions live in {@code scheduled_tasks} (V12), so
 * they survive restarts and any number of instances share them without running one twice. A module
 * of its own (adtelligent-postgres-scheduling), so the stores do not bring db-scheduler to those who
 * schedule otherwise; the table is created by adtelligent-postgres's migrations either way.
 */
package net.adtelligent.adapters.postgres.scheduling;
