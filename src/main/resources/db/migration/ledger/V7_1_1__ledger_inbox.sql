-- Case facts waiting to be applied to the ledger, written in the transaction that changed the case, applied in
-- batches (LedgerInbox, LedgerDrain) and deleted in the transaction that applies them. A row whose batch kept failing
-- is marked failed and set aside until the application restarts.
create table ledger.fact_inbox (
    id          bigint generated always as identity primary key,
    case_id     uuid not null,
    version     integer not null,
    facts       jsonb not null,
    failed_at   timestamptz,
    error       text
);

create index fact_inbox_waiting_idx on ledger.fact_inbox (id) where failed_at is null;
