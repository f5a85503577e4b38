-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x, its PostgreSQL schema): one row
-- per scheduled execution, keyed by task name and instance id. It is how instances of the service
-- share scheduled work: a second execution with the same key is refused, and an instance runs an
-- execution only after winning an update on its version. Snapshots use the tenant id as instance id,
-- so one tenant never has two snapshot runs at once (adapters/postgres scheduling package).
--
-- Not tenant-scoped: the scheduler sees every tenant's executions, as the recurring tasks must.
-- Column names and types are db-scheduler's; it writes them with its own SQL.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
-- Due executions are found by time (and by priority first, where priorities are enabled); dead ones
-- (an instance that stopped mid-run) by their last heartbeat.
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- V1's default privileges gave the application role select, insert and update. A finished one-time
-- execution is deleted, and so is one whose task no instance knows any more: delete too.
grant delete on scheduled_tasks to "${app_role}";
