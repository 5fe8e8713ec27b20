create schema if not exists cases;

-- A concern (民情/案卷) from intake to closure. Area, category and department codes refer to other modules by code.
-- "version" is the optimistic lock: every change of the case or its orders raises it by one.
create table cases.case (
    id                  uuid primary key,
    number              varchar(19) collate "C" not null unique,
    tracking_token      varchar(43) collate "C" not null unique,
    channel             varchar(16) not null,
    description         text        not null,
    lat                 double precision not null,
    lon                 double precision not null,
    address             varchar(200),
    grid_code           varchar(15) collate "C" not null,
    community_code      varchar(12) collate "C" not null,
    street_code         varchar(9)  collate "C" not null,
    category_code       varchar(32) collate "C",
    tier                varchar(16),
    priority            varchar(16) not null,
    status              varchar(24) not null,
    reporter            text,
    reporter_name       varchar(50),
    reporter_phone      varchar(20),
    first_contact_owner text,
    reported_at         timestamptz not null,
    registered_at       timestamptz,
    closed_at           timestamptz,
    merged_into         uuid references cases.case (id),
    return_count        integer     not null default 0,
    rework_count        integer     not null default 0,
    reopen_count        integer     not null default 0,
    claimed_by          text,
    guidance            text,
    rating              varchar(24),
    rating_comment      text,
    evaluated_by        text,
    evaluated_at        timestamptz,
    suspension_reason   text,
    suspension_pending  boolean     not null default false,
    suspended_at        timestamptz,
    version             integer     not null default 0
);

create index case_grid_idx on cases.case (grid_code);
create index case_status_idx on cases.case (status);
create index case_reporter_idx on cases.case (reporter) where reporter is not null;
create index case_nearby_idx on cases.case (lat, lon, reported_at);

-- One order (工单) to one department. A case has at most one order that is not finished (RETURNED or FINISHED).
create table cases.dispatch (
    id                 uuid primary key,
    case_id            uuid        not null references cases.case (id),
    department_code    varchar(16) collate "C" not null,
    status             varchar(16) not null,
    binding            boolean     not null default false,
    note               text,
    dispatched_at      timestamptz not null,
    sign_due           timestamptz not null,
    due                timestamptz not null,
    signed_at          timestamptz,
    handled_at         timestamptz,
    result             text,
    return_reason      text,
    rework_count       integer     not null default 0,
    extension_hours    integer,
    extension_reason   text
);

create index dispatch_case_idx on cases.dispatch (case_id);
create index dispatch_department_idx on cases.dispatch (department_code);

-- Departments summoned by the street's whistle (吹哨) and when each reported in (报到).
create table cases.summons (
    case_id         uuid        not null references cases.case (id),
    department_code varchar(16) collate "C" not null,
    reason          text        not null,
    summoned_at     timestamptz not null,
    due             timestamptz not null,
    reported_at     timestamptz,
    reported_by     text,
    primary key (case_id, department_code, summoned_at)
);

create index summons_department_idx on cases.summons (department_code);

create table cases.follower (
    case_id  uuid        not null references cases.case (id),
    username text        not null,
    since    timestamptz not null,
    primary key (case_id, username)
);

create index follower_username_idx on cases.follower (username);

-- The append-only history of every case: written in the same transaction as the change it records.
create table cases.timeline_entry (
    id      bigint generated always as identity primary key,
    case_id uuid        not null references cases.case (id),
    at      timestamptz not null,
    actor   text,
    action  varchar(32) not null,
    note    text
);

create index timeline_case_idx on cases.timeline_entry (case_id, id);

create function cases.refuse_timeline_change() returns trigger language plpgsql as $$
begin
    raise exception 'cases.timeline_entry is append-only';
end
$$;

create trigger timeline_entry_append_only
    before update or delete on cases.timeline_entry
    for each row execute function cases.refuse_timeline_change();

create trigger timeline_entry_no_truncate
    before truncate on cases.timeline_entry
    for each statement execute function cases.refuse_timeline_change();

-- A submission's idempotency key: the same key with the same body answers with the same case.
create table cases.idempotency_key (
    key          varchar(200) primary key,
    request_hash varchar(64) not null,
    case_id      uuid        not null references cases.case (id),
    created_at   timestamptz not null
);

-- The last number given out per street and year.
create table cases.number_sequence (
    street_code varchar(9) collate "C" not null,
    year        integer    not null,
    last_value  integer    not null,
    primary key (street_code, year)
);
