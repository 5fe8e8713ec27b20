create schema if not exists notification;

-- The in-app inbox: one row per notice per recipient. The text is rendered from the key and
-- arguments in the reader's language.
create table notification.inbox_item (
    id          bigint generated always as identity primary key,
    recipient   text        not null check (length(recipient) between 1 and 64),
    kind        text        not null check (length(kind) between 1 and 64),
    subject_key text        not null check (length(subject_key) between 1 and 200),
    args        text[]      not null default '{}',
    link        text        check (length(link) <= 500),
    created_at  timestamptz not null default clock_timestamp(),
    read_at     timestamptz
);

create index inbox_item_recipient_idx on notification.inbox_item (recipient, id desc);
create index inbox_item_unread_idx on notification.inbox_item (recipient, id desc) where read_at is null;
