-- Tickets that came without coordinates (待定位): acknowledged and kept, once per ticket number, until a dispatcher
-- picks the spot on a map; then the ticket is taken in like any located one and its row goes. The ticket as the
-- hotline sent it is sealed (it holds the caller's name and phone); content and address stay readable to find the spot.
create table hotline.awaiting_location (
    ticket_number    text primary key check (ticket_number ~ '^[A-Za-z0-9_-]{1,64}$'),
    received_at      timestamptz not null,
    content          text        not null,
    address          text,
    hotline_category text,
    sealed_ticket    bytea       not null,
    imported_by      text,
    imported_at      timestamptz not null
);

create index awaiting_location_received_idx on hotline.awaiting_location (received_at);
