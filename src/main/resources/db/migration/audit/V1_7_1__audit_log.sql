create schema if not exists audit;

-- Who did what to which record. Rows are only ever appended: the trigger below refuses every other change,
-- whoever asks, so a leak cannot be covered up by editing the log.
create table audit.entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default clock_timestamp(),
    actor       text        not null check (length(actor) between 1 and 64),
    action      text        not null check (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    target_type text        check (length(target_type) <= 64),
    target_id   text        check (length(target_id) <= 128),
    detail      jsonb       not null default '{}'::jsonb check (jsonb_typeof(detail) = 'object')
);

create index entry_target_idx on audit.entry (target_type, target_id, id desc);
create index entry_actor_idx on audit.entry (actor, id desc);
create index entry_time_idx on audit.entry (occurred_at);

create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger entry_append_only
    before update or delete or truncate on audit.entry
    for each statement execute function audit.refuse_change();
