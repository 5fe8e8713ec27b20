-- Photos of a concern: those the reporter attached, and those a handler attached to the result. The image itself
-- lives in the media module; this records which photo belongs to which case and step. Append-only like the timeline.
create table cases.case_photo (
    case_id   uuid        not null references cases.case (id),
    photo_id  uuid        not null,
    stage     text        not null check (stage in ('REPORT', 'RESULT')),
    added_by  text        not null,
    added_at  timestamptz not null,
    primary key (case_id, photo_id)
);
