-- db-scheduler's table (PostgreSQL layout of db-scheduler 16): one row per durable timer, kept in the cases schema
-- (db-scheduler.table-name). A row is picked by exactly one node with an optimistic update of "version", so a timer
-- fires once even with several application nodes, and survives restarts because it lives only here.
create table cases.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on cases.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on cases.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on cases.scheduled_tasks (priority desc, execution_time asc);
