-- A walk-in's or caller's name and phone are personal data: kept sealed (AES-GCM, key derived from the platform's
-- data key) for an audited reveal, and masked for everyday views, never in clear. The clear columns of V2_1_1 held
-- no released data (the module had not shipped), so they are dropped rather than converted.
alter table cases.case
    drop column reporter_name,
    drop column reporter_phone,
    add column reporter_contact      bytea,
    add column reporter_name_masked  varchar(50),
    add column reporter_phone_masked varchar(20);
