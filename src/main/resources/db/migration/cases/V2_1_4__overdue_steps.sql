-- When a timer found a step still open at its due. Set once: a repeated firing finds it set and adds nothing.
alter table cases.dispatch
    add column sign_overdue_at     timestamptz,
    add column handling_overdue_at timestamptz;

alter table cases.summons
    add column overdue_at timestamptz;
