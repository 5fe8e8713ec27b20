create schema if not exists deliberation;

-- Numbers matters per year: YS-2026-0001.
create sequence deliberation.matter_number_seq;

-- A matter (议题) of a building, grid or community (scope_code, an area code by prefix). "version" is the optimistic
-- lock: a transition saves only if nobody changed the matter since it was loaded. case_id links the community-tier
-- concern it was converted from (cases module, by id).
create table deliberation.matter (
    id                uuid primary key,
    number            varchar(20) collate "C" not null unique,
    scope_code        varchar(18) collate "C" not null check (scope_code ~ '^[0-9]{12}([0-9]{3}){0,2}$'),
    community_code    varchar(12) collate "C" generated always as (substr(scope_code, 1, 12)) stored,
    title             varchar(100) not null check (length(btrim(title)) > 0),
    description       text         not null,
    raised_by         text         not null,
    raised_at         timestamptz  not null,
    case_id           uuid unique,
    case_number       varchar(19),
    status            varchar(20)  not null,
    screened_by       text,
    screening_note    text,
    duplicate_of      uuid references deliberation.matter (id),
    put_to_vote       boolean,
    council_reasons   text,
    council_by        text,
    council_at        timestamptz,
    vote_rule         varchar(32),
    vote_quorum       varchar(12),
    vote_approval     varchar(12),
    vote_opened_by    text,
    vote_opened_at    timestamptz,
    vote_closes_at    timestamptz,
    vote_closed_at    timestamptz,
    vote_outcome      varchar(8),
    chosen_quote_id   bigint,
    quote_reason      text,
    closed_at         timestamptz,
    version           integer      not null default 0
);

create index matter_scope_idx on deliberation.matter (scope_code);
create index matter_community_idx on deliberation.matter (community_code, raised_at desc);

-- Refuses UPDATE, DELETE and TRUNCATE on the append-only tables below.
create function deliberation.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'deliberation.% is append-only', tg_table_name;
end;
$$;

create table deliberation.timeline_entry (
    id        bigint generated always as identity primary key,
    matter_id uuid        not null references deliberation.matter (id),
    at        timestamptz not null,
    actor     text,
    action    varchar(40) not null,
    note      text
);

create index timeline_entry_matter_idx on deliberation.timeline_entry (matter_id, id);

create trigger timeline_entry_append_only before update or delete on deliberation.timeline_entry
    for each row execute function deliberation.refuse_change();
create trigger timeline_entry_no_truncate before truncate on deliberation.timeline_entry
    for each statement execute function deliberation.refuse_change();

-- Comments are hidden with a reason, never deleted.
create table deliberation.comment (
    id            bigint generated always as identity primary key,
    matter_id     uuid        not null references deliberation.matter (id),
    author        text        not null,
    body          text        not null,
    posted_at     timestamptz not null,
    hidden_by     text,
    hidden_at     timestamptz,
    hidden_reason text
);

create index comment_matter_idx on deliberation.comment (matter_id, id);

-- 院坝会 / 楼栋会 / 议事会 with agenda; attendance and minutes once held.
create table deliberation.meeting (
    id           bigint generated always as identity primary key,
    matter_id    uuid         not null references deliberation.matter (id),
    kind         varchar(16)  not null,
    scheduled_at timestamptz  not null,
    place        varchar(100) not null,
    agenda       text         not null,
    scheduled_by text         not null,
    attendance   integer check (attendance >= 0),
    attendees    text,
    minutes      text,
    recorded_by  text,
    recorded_at  timestamptz
);

create index meeting_matter_idx on deliberation.meeting (matter_id, scheduled_at);

-- The electorate frozen when the vote opened: the households of the scope then, with the facts the rules weigh.
create table deliberation.voter (
    matter_id        uuid          not null references deliberation.matter (id),
    household_id     bigint        not null,
    building_code    varchar(18) collate "C" not null,
    room             varchar(20)   not null,
    floor            integer       not null,
    floor_area       numeric(9, 2) not null check (floor_area > 0),
    owner_occupied   boolean       not null,
    account_username text,
    primary key (matter_id, household_id)
);

-- Every ballot ever cast, append-only: a household's last ballot before the close counts. cast_by is who cast it
-- (the resident, or the staff member who recorded a proxy ballot).
create table deliberation.ballot (
    id           bigint generated always as identity primary key,
    matter_id    uuid        not null,
    household_id bigint      not null,
    choice       varchar(8)  not null check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    cast_by      text        not null,
    proxy        boolean     not null,
    note         text,
    cast_at      timestamptz not null,
    foreign key (matter_id, household_id) references deliberation.voter (matter_id, household_id)
);

create index ballot_household_idx on deliberation.ballot (matter_id, household_id, id desc);

create trigger ballot_append_only before update or delete on deliberation.ballot
    for each row execute function deliberation.refuse_change();
create trigger ballot_no_truncate before truncate on deliberation.ballot
    for each statement execute function deliberation.refuse_change();

-- Money in fen (1/100 yuan), whole numbers only.
create table deliberation.cost_plan (
    matter_id      uuid primary key references deliberation.matter (id),
    total_fen      bigint      not null check (total_fen > 0),
    fund_match_fen bigint      not null default 0 check (fund_match_fen >= 0 and fund_match_fen <= total_fen),
    method         varchar(20) not null,
    floor_weights  text,
    set_by         text        not null,
    set_at         timestamptz not null
);

create table deliberation.cost_share (
    matter_id     uuid          not null references deliberation.cost_plan (matter_id),
    household_id  bigint        not null,
    building_code varchar(18) collate "C" not null,
    room          varchar(20)   not null,
    floor         integer       not null,
    floor_area    numeric(9, 2) not null,
    weight        numeric       not null check (weight >= 0),
    amount_fen    bigint        not null check (amount_fen >= 0),
    pledged_by    text,
    pledged_at    timestamptz,
    primary key (matter_id, household_id)
);

create table deliberation.payment (
    id           bigint generated always as identity primary key,
    matter_id    uuid        not null,
    household_id bigint      not null,
    amount_fen   bigint      not null check (amount_fen > 0),
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    foreign key (matter_id, household_id) references deliberation.cost_share (matter_id, household_id)
);

create index payment_matter_idx on deliberation.payment (matter_id, household_id);

create trigger payment_append_only before update or delete on deliberation.payment
    for each row execute function deliberation.refuse_change();

create table deliberation.task (
    id         bigint generated always as identity primary key,
    matter_id  uuid         not null references deliberation.matter (id),
    title      varchar(200) not null,
    owner      varchar(100) not null,
    due_on     date         not null,
    created_by text         not null,
    created_at timestamptz  not null,
    done_by    text,
    done_at    timestamptz
);

create index task_matter_idx on deliberation.task (matter_id, id);

create table deliberation.quote (
    id         bigint generated always as identity primary key,
    matter_id  uuid         not null references deliberation.matter (id),
    supplier   varchar(100) not null,
    amount_fen bigint       not null check (amount_fen > 0),
    note       text,
    added_by   text         not null,
    added_at   timestamptz  not null
);

create index quote_matter_idx on deliberation.quote (matter_id, id);

create table deliberation.progress (
    id          bigint generated always as identity primary key,
    matter_id   uuid        not null references deliberation.matter (id),
    note        text        not null,
    reported_by text        not null,
    reported_at timestamptz not null
);

create index progress_matter_idx on deliberation.progress (matter_id, id);

-- Photos live in the media module; referred to by id.
create table deliberation.progress_photo (
    progress_id bigint not null references deliberation.progress (id),
    photo_id    uuid   not null,
    primary key (progress_id, photo_id)
);

create index progress_photo_idx on deliberation.progress_photo (photo_id);

create table deliberation.supervision (
    id        bigint generated always as identity primary key,
    matter_id uuid        not null references deliberation.matter (id),
    kind      varchar(16) not null,
    note      text        not null,
    by_user   text        not null,
    at        timestamptz not null
);

create index supervision_matter_idx on deliberation.supervision (matter_id, id);

-- One rating per household.
create table deliberation.rating (
    matter_id    uuid        not null references deliberation.matter (id),
    household_id bigint      not null,
    satisfaction varchar(24) not null,
    comment      text,
    rated_by     text        not null,
    rated_at     timestamptz not null,
    primary key (matter_id, household_id)
);

-- Members of the council (议事会), owners' committee (业委会) and supervisory committee (监委会) of an area, by
-- account: they act for every matter whose scope lies in the area.
create table deliberation.committee_member (
    area_code    varchar(18) collate "C" not null check (area_code ~ '^[0-9]{12}([0-9]{3}){0,2}$'),
    committee    varchar(24) not null,
    username     text        not null,
    appointed_by text        not null,
    appointed_at timestamptz not null,
    primary key (area_code, committee, username)
);

create index committee_member_user_idx on deliberation.committee_member (username);

-- The residents' convention (居民公约) of an area, versioned: each adopted article makes a new version; an article
-- superseded in version n is part of the versions before n only. Nothing is deleted.
create table deliberation.convention_version (
    area_code  varchar(18) collate "C" not null,
    version    integer     not null check (version > 0),
    matter_id  uuid        not null references deliberation.matter (id),
    adopted_by text        not null,
    adopted_at timestamptz not null,
    primary key (area_code, version)
);

create table deliberation.convention_article (
    id            bigint generated always as identity primary key,
    area_code     varchar(18) collate "C" not null,
    title         varchar(100) not null,
    body          text         not null,
    matter_id     uuid         not null references deliberation.matter (id),
    added_in      integer      not null,
    superseded_in integer,
    foreign key (area_code, added_in) references deliberation.convention_version (area_code, version)
);

create index convention_article_area_idx on deliberation.convention_article (area_code, added_in);
