-- Where a category goes to another department than its default in part of the district (e.g. greening inside a
-- park is the park's, not the street's). The longest area-code prefix that contains the concern's grid wins.
create table catalogue.category_route (
    kind            text not null,
    code            text not null,
    area_code       text not null check (area_code ~ '^[0-9]{6}([0-9]{3}){0,4}$'),
    department_code text not null,
    primary key (kind, code, area_code),
    foreign key (kind, code) references catalogue.category (kind, code)
);
