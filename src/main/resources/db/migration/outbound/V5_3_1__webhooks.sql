create schema if not exists outbound;

-- Systems that receive case events by webhook. The secret signs every delivery (HMAC-SHA256); it is shown once when
-- the subscriber is added. An empty list of event types means every type.
create table outbound.subscriber (
    id          uuid primary key,
    name        text        not null check (length(name) between 1 and 100),
    url         text        not null check (url ~ '^https?://' and length(url) <= 500),
    secret      text        not null,
    event_types text[]      not null default '{}',
    active      boolean     not null default true,
    created_by  text,
    created_at  timestamptz not null
);

-- One delivery per subscriber and event, written when the event arrives (a redelivered event adds nothing), retried
-- with backoff; after the last attempt FAILED until an administrator retries it.
create table outbound.delivery (
    id              bigint generated always as identity primary key,
    subscriber_id   uuid        not null references outbound.subscriber (id),
    event_id        uuid        not null,
    event_type      text        not null,
    payload         text        not null,
    occurred_at     timestamptz,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null,
    unique (subscriber_id, event_id)
);

create index delivery_due_idx on outbound.delivery (next_attempt_at) where state = 'PENDING';
