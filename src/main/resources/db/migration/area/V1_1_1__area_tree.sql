create schema if not exists area;

-- The area tree. Code lengths: district 6 (GB/T 2260), street 9 and community 12 (statistical division codes),
-- grid 15 (CJ/T 213 / GB/T 30428.1: community code + 3-digit sequence).
-- BUILDING (18 = grid code + 3-digit sequence) is a LOCAL EXTENSION: no national standard codes buildings this way.
create table area.area (
	code             varchar(18)  primary key,
	name             varchar(100) not null,
	level            varchar(16)  not null,
	-- a district's parent is its province (2) or city (4) code, which is not kept as an area
	parent_code      varchar(18),
	address          varchar(200),
	-- WKB of a Polygon or MultiPolygon in WGS84 lon/lat (EPSG:4326)
	boundary         bytea,
	-- true when a community's boundary was computed as the union of its grids (recomputed on each import)
	boundary_derived boolean      not null default false,
	centroid_lon     double precision,
	centroid_lat     double precision,
	created_at       timestamptz  not null default now(),
	updated_at       timestamptz  not null default now(),
	constraint area_code_digits check (code ~ '^[0-9]+$'),
	constraint area_level_length check (
		(level = 'DISTRICT' and length(code) = 6)
		or (level = 'STREET' and length(code) = 9)
		or (level = 'COMMUNITY' and length(code) = 12)
		or (level = 'GRID' and length(code) = 15)
		or (level = 'BUILDING' and length(code) = 18)),
	constraint area_parent_prefix check (parent_code is null or starts_with(code, parent_code))
);

create index area_parent on area.area (parent_code, code);
create index area_level_code on area.area (level, code varchar_pattern_ops);

-- Who answers for each grid: one person per duty, and for DEPARTMENT_LIAISON one per department
-- (department_code is '' for the other duties). PARTY_BRANCH holds the branch's name, the others a username.
create table area.grid_duty (
	grid_code       varchar(15)  not null references area.area (code) on delete cascade,
	duty            varchar(24)  not null
		check (duty in ('GRID_WORKER', 'COMMUNITY_LEAD', 'PARTY_BRANCH', 'DEPARTMENT_LIAISON')),
	department_code varchar(32)  not null default '',
	person          varchar(100) not null,
	primary key (grid_code, duty, department_code),
	constraint grid_duty_department check ((duty = 'DEPARTMENT_LIAISON') = (department_code <> ''))
);

create index grid_duty_person on area.grid_duty (person);

create table area.community_staff (
	community_code varchar(12) not null references area.area (code) on delete cascade,
	username       varchar(64) not null,
	primary key (community_code, username)
);

create index community_staff_username on area.community_staff (username);
