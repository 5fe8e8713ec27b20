create schema if not exists catalogue;

-- One row per category of the national city-management catalogue (kinds COMPONENT 部件 and MATTER 事件, 5-digit
-- codes: 2-digit major class + 3-digit minor class) and of the social-governance catalogue (kind SOCIAL, codes
-- <domain> or <domain>.<id>). The same 5-digit code exists under both national kinds, so the key is kind + code.
create table catalogue.category (
    kind                    text not null check (kind in ('COMPONENT', 'MATTER', 'SOCIAL')),
    code                    text not null,
    name                    text not null,
    major_class             text not null,
    parent_code             text,
    keywords                text[] not null default '{}',
    -- editable defaults (三事分流 tier, department to dispatch to, time limit in working time); V1_6_5 sets them
    default_tier            text not null default 'MAJOR' check (default_tier in ('MAJOR', 'COMMUNITY', 'PRIVATE')),
    default_department_code text,
    time_limit_amount       integer not null default 5 check (time_limit_amount > 0),
    time_limit_unit         text not null default 'WORKING_DAYS'
        check (time_limit_unit in ('WORKING_HOURS', 'WORKING_DAYS')),
    primary key (kind, code),
    foreign key (kind, parent_code) references catalogue.category (kind, code),
    check ((kind = 'SOCIAL' and code ~ '^[0-9]+(\.[0-9]+)?$') or (kind <> 'SOCIAL' and code ~ '^[0-9]{5}$'))
);
