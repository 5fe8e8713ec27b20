-- The services are the catalogue's plain-language resident categories (catalogue.resident_category): the copy kept
-- here goes. A service definition's attributes stay here, keyed by the category's code (no foreign key across
-- modules); a request keeps the code it was posted under.
alter table open311.service_attribute drop constraint service_attribute_service_code_fkey;
alter table open311.request drop constraint request_service_code_fkey;
drop table open311.service;
