create schema if not exists identity;

create table identity.accounts (
    username        text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name    text        not null check (length(display_name) between 1 and 100),
    password_hash   text        not null,
    roles           text[]      not null check (cardinality(roles) > 0),
    area_codes      text[]      not null default '{}',
    department_code text,
    enabled         boolean     not null default true,
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);
