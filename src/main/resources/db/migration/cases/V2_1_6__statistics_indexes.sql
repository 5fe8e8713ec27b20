-- The figures of an area (cockpit, ledger) read its cases by grid-code prefix — a range of a "C"-collated btree — and
-- by period or open state. The included columns let the counts come from index-only scans.
create index case_grid_reported_idx on cases.case (grid_code, reported_at) include (status, tier, channel, category_code);
create index case_grid_closed_idx on cases.case (grid_code, closed_at) include (status) where closed_at is not null;
create index case_open_grid_idx on cases.case (grid_code) include (id, status, reported_at)
    where status not in ('CLOSED', 'REJECTED', 'MERGED');

-- Orders with their department: per case for "is this concern overdue", by due for the overdue list.
create index dispatch_open_case_idx on cases.dispatch (case_id) include (department_code, due)
    where status in ('DISPATCHED', 'SIGNED');
create index dispatch_open_due_idx on cases.dispatch (due) include (case_id, department_code)
    where status in ('DISPATCHED', 'SIGNED');
