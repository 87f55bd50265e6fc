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

-- Search: names folded (lower case, accents removed) for prefix search; contact values by their
-- normal form. These touch person names and contact values: see src/modules/workspace/search-accounts.ts.
create index if not exists persons_family_folded on persons (
  tenant_id, (translate(lower(family_name), 'áàâäãåéèêëíìîïóòôöõúùûüñçý', 'aaaaaaeeeeiiiiooooouuuuncy')) text_pattern_ops
);
create index if not exists persons_full_folded on persons (
  tenant_id, (translate(lower(given_name || ' ' || family_name), 'áàâäãåéèêëíìîïóòôöõúùûüñçý', 'aaaaaaeeeeiiiiooooouuuuncy')) text_pattern_ops
);
create index if not exists contact_points_email_lower on contact_points (tenant_id, lower(value)) where system = 'email';
create index if not exists contact_points_phone_digits on contact_points (tenant_id, right(regexp_replace(value, '[^0-9]', '', 'g'), 10)) where system = 'phone';
