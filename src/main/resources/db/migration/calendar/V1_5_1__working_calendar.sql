create schema if not exists calendar;

-- dates that depart from the plain rule (weekdays work, Saturdays and Sundays rest), Asia/Shanghai
create table calendar.special_day (
    day  date primary key,
    kind varchar(16) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(100) not null check (length(name) > 0),
    -- a make-up working day (调休上班) is always a Saturday or Sunday
    check (kind = 'HOLIDAY' or extract(isodow from day) in (6, 7))
);

create table calendar.working_schedule (
    code varchar(32) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name varchar(100) not null
);

-- daily working periods, [starts_at, ends_at) within one day
create table calendar.working_period (
    schedule_code varchar(32) not null references calendar.working_schedule (code) on delete cascade,
    starts_at     time not null,
    ends_at       time not null,
    primary key (schedule_code, starts_at),
    check (starts_at < ends_at)
);

-- roles not listed here work to OFFICE
create table calendar.role_schedule (
    role          varchar(32) primary key,
    schedule_code varchar(32) not null references calendar.working_schedule (code)
);

insert into calendar.working_schedule (code, name) values
    ('OFFICE', '机关作息'),
    ('FIELD', '网格外勤作息');

insert into calendar.working_period (schedule_code, starts_at, ends_at) values
    ('OFFICE', '09:00', '12:00'),
    ('OFFICE', '13:00', '17:00'),
    ('FIELD', '08:00', '12:00'),
    ('FIELD', '13:00', '18:00');

insert into calendar.role_schedule (role, schedule_code) values
    ('GRID_WORKER', 'FIELD'),
    ('COMMUNITY_STAFF', 'OFFICE'),
    ('DISPATCHER', 'OFFICE'),
    ('DEPARTMENT_HANDLER', 'OFFICE'),
    ('LEADER', 'OFFICE');
