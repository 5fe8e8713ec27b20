-- The grid worker's photos taken when verifying on site.
alter table cases.case_photo drop constraint case_photo_stage_check;
alter table cases.case_photo add constraint case_photo_stage_check check (stage in ('REPORT', 'RESULT', 'VERIFICATION'));
