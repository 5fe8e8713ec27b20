create schema if not exists hotline;

-- The 12345 hotline's categories mapped to catalogue codes; an administrator edits the table.
create table hotline.category_mapping (
    hotline_category text primary key check (length(hotline_category) between 1 and 100),
    category_code    text        not null check (length(category_code) between 1 and 32),
    updated_by       text,
    updated_at       timestamptz not null
);

-- One row per hotline ticket taken in: the ticket number is the key, so a ticket imported twice makes one concern.
-- No caller's name or phone here: they are sealed with the concern.
create table hotline.ticket (
    ticket_number    text primary key check (ticket_number ~ '^[A-Za-z0-9_-]{1,64}$'),
    case_id          uuid        not null unique,
    case_number      text        not null,
    received_at      timestamptz not null,
    hotline_category text,
    category_code    text,
    urgency          text        not null check (urgency in ('NORMAL', 'URGENT')),
    hotline_deadline timestamptz,
    imported_by      text,
    imported_at      timestamptz not null
);

create index ticket_unmapped_idx on hotline.ticket (hotline_category) where category_code is null;

create table hotline.api_key (
    id           uuid primary key,
    name         text        not null check (length(name) between 1 and 100),
    key_hash     char(64)    not null unique,
    key_hint     text        not null,
    created_by   text,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- Where status changes and final replies go back to (one row at most).
create table hotline.settings (
    id           boolean primary key default true check (id),
    callback_url text check (callback_url ~ '^https?://'),
    secret       text,
    updated_by   text,
    updated_at   timestamptz not null
);

-- The durable outbox of callbacks: written when a case event arrives, sent in order per ticket, retried with
-- backoff; after the last attempt a row is FAILED until an administrator retries it.
create table hotline.callback (
    id              bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    ticket_number   text        not null references hotline.ticket (ticket_number),
    case_number     text        not null,
    status          text        not null,
    payload         text        not null,
    occurred_at     timestamptz not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz not null
);

create index callback_due_idx on hotline.callback (next_attempt_at) where state = 'PENDING';
create index callback_ticket_idx on hotline.callback (ticket_number, occurred_at, id);
