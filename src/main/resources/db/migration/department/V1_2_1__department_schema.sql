create schema if not exists department;

create table department.department (
    code    text primary key check (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
    name    text not null check (length(btrim(name)) between 1 and 50),
    name_en text not null check (length(btrim(name_en)) between 1 and 100),
    kind    text not null check (kind in ('DISTRICT_AGENCY', 'STREET_UNIT', 'STREET_OFFICE')),
    active  boolean not null default true
);

comment on table department.department is '职能部门: functional departments of the district that concerns are dispatched to';
