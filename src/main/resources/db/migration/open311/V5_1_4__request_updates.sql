-- Updates posted through FixMyStreet's servicerequestupdates extension (a resident's comment in a client app): once
-- per client key and the client's own update id. The text itself goes to the concern's timeline.
create table open311.request_update (
    id               bigint generated always as identity primary key,
    api_key_id       uuid        not null references open311.api_key (id),
    client_update_id text        not null check (length(client_update_id) between 1 and 64),
    case_id          uuid        not null,
    case_number      text        not null,
    status           text,
    updated_at       timestamptz,
    created_at       timestamptz not null,
    unique (api_key_id, client_update_id)
);
