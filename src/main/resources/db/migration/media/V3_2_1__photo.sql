create schema if not exists media;

-- Metadata only: the bytes live in the photo store (the filesystem by default) under storage_key.
-- One row per distinct content: the unique sha-256 makes identical uploads share a photo.
create table media.photo (
    id           uuid        primary key,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif')),
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       char(64)    not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key  text        not null unique check (length(storage_key) between 1 and 256),
    uploaded_by  text        not null check (length(uploaded_by) between 1 and 64),
    uploaded_at  timestamptz not null default clock_timestamp()
);
