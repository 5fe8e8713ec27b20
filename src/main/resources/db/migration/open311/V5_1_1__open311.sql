create schema if not exists open311;

-- Open311 GeoReport v2: the services offered (plain-language resident categories, each mapped to one category of the
-- catalogue by code), their service definitions (attributes and list values), the API keys an administrator issued
-- (only a SHA-256 hash is kept) and the requests taken in through the API.
create table open311.service (
    code           text primary key check (code ~ '^[a-z0-9-]{1,40}$'),
    category_code  text    not null check (length(category_code) between 1 and 32),
    name           text    not null,
    name_en        text    not null,
    description    text    not null,
    description_en text    not null,
    group_name     text    not null,
    group_en       text    not null,
    keywords       text    not null default '',
    keywords_en    text    not null default '',
    position       integer not null unique,
    active         boolean not null default true
);

create table open311.service_attribute (
    service_code            text    not null references open311.service (code),
    code                    text    not null check (code ~ '^[a-z0-9_]{1,40}$'),
    position                integer not null,
    datatype                text    not null
        check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required                boolean not null,
    variable                boolean not null default true,
    description             text    not null,
    description_en          text    not null,
    datatype_description    text,
    datatype_description_en text,
    primary key (service_code, code),
    unique (service_code, position)
);

create table open311.attribute_value (
    service_code   text    not null,
    attribute_code text    not null,
    key            text    not null check (key ~ '^[a-z0-9_-]{1,40}$'),
    name           text    not null,
    name_en        text    not null,
    position       integer not null,
    primary key (service_code, attribute_code, key),
    foreign key (service_code, attribute_code) references open311.service_attribute (service_code, code)
);

create table open311.api_key (
    id           uuid primary key,
    name         text        not null check (length(name) between 1 and 100),
    key_hash     char(64)    not null unique,
    key_hint     text        not null,
    created_by   text,
    created_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- One row per request posted through the API, written in the transaction that takes the concern in. The token
-- answers GET tokens/{token}; it is not the concern's private tracking link.
create table open311.request (
    case_id      uuid primary key,
    case_number  text        not null unique,
    token        text        not null unique,
    service_code text        not null references open311.service (code),
    api_key_id   uuid        not null references open311.api_key (id),
    attributes   jsonb       not null default '{}',
    media_url    text check (length(media_url) <= 500),
    created_at   timestamptz not null
);

create index request_created_idx on open311.request (created_at);
