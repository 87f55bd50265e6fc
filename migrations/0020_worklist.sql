-- The worklist: open patient-due accounts ranked by a priority that a plain index can serve at 1M
-- accounts. The rank key is linear in the due date, so "today" shifts every row by the same amount
-- and the order never changes with the clock: lower key = higher priority (older, larger balance).
-- The expression must stay byte-for-byte the one in src/modules/workspace/worklist-priority.ts.
create index if not exists accounts_worklist_rank on accounts (
  tenant_id,
  (2 * (coalesce(due_on, service_date, date '2100-01-01') - date '2000-01-01') - least(patient_due_cents, 500000) / 1000),
  id
) where patient_due_cents > 0;

-- Open work per account (tasks lift an account to the top of the queue).
create index if not exists agent_tasks_open_account on agent_tasks (tenant_id, account_id) where status = 'open';

-- Search goes through the blind indexes of names and contact values (migrations/0014 and 0021):
-- the names, phones and emails themselves are encrypted and cannot be indexed.
