-- Work queues (console, department, community, worker) list open cases of some statuses, urgent first, then by the
-- due time of the running order or, without one, by when they were reported. running_due is kept by the
-- application with the case's orders, so the order is a plain index range instead of a sub-query per row.
alter table cases.case add column running_due timestamptz;

update cases.case c
   set running_due = (select min(d.due) from cases.dispatch d where d.case_id = c.id and d.status in ('DISPATCHED', 'SIGNED'))
 where c.status not in ('CLOSED', 'REJECTED', 'MERGED');

-- The deadline the source system set (a 12345 ticket's 办结时限): an order dispatched for the case is due by then at
-- the latest.
alter table cases.case add column due_by timestamptz;

drop index cases.case_status_idx;

create index case_queue_idx on cases.case (status, (priority = 'URGENT') desc, coalesce(running_due, reported_at), id)
    where status not in ('CLOSED', 'REJECTED', 'MERGED');

-- Open concerns near a spot and recent (the duplicate check at every intake and on the console): the box and the
-- time window searched together in one GiST index of the open cases (btree_gist gives GiST the timestamp), instead
-- of a latitude band of every case ever reported.
create extension if not exists btree_gist;
drop index cases.case_nearby_idx;
create index case_open_near_idx on cases.case using gist (point(lon, lat), reported_at)
    where status not in ('CLOSED', 'REJECTED', 'MERGED');

-- Lists and feeds by time (newest first; Open311's date window) and the timeline by time (status-update feeds).
create index case_reported_idx on cases.case (reported_at);
create index timeline_at_idx on cases.timeline_entry (at);

-- The sparse queues: decisions waiting on an order's extension, departments yet to report in after a whistle.
create index dispatch_extension_idx on cases.dispatch (case_id)
    where extension_hours is not null and status in ('DISPATCHED', 'SIGNED', 'HANDLED');
create index summons_pending_idx on cases.summons (case_id) where reported_at is null;
create index case_suspension_pending_idx on cases.case (id) where suspension_pending;
