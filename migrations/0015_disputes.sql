-- Disputes: a patient (portal, reply) or an agent (call) says a debt is wrong. The debt is
-- `disputed` and collection on it pauses (a dispute hold) until billing resolves it: corrected
-- (ledger adjusted, new statement mailed), verified (verification letter mailed; 12 CFR
-- 1006.38(d)), or not ours (the account is moved to the right person or closed). A request for
-- the original creditor's name and address (category and resolution `original_creditor`, 12 CFR
-- 1006.38(c)) pauses collection the same way until the answer is mailed.
create table disputes (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text not null,
  source text not null check (source in ('portal', 'reply', 'call')),
  category text not null check (category in ('amount', 'not_mine', 'insurance', 'already_paid', 'services', 'other', 'original_creditor')),
  description text not null,
  language text not null default 'en' check (language in ('en', 'es')),
  -- An optional document the patient attached (PDF or photo).
  document_name text,
  document_type text,
  document bytea,
  status text not null check (status in ('open', 'resolved')),
  received_at timestamptz not null,
  -- When billing owes an answer (Kindly's service level; Reg F sets no deadline but halts collection).
  due_at timestamptz not null,
  hold_id text not null,
  task_id text not null,
  -- The account's status before it became disputed, restored when collection resumes.
  status_before text not null,
  acknowledgement_id text,
  resolution text check (resolution in ('corrected', 'verified', 'not_ours', 'original_creditor')),
  resolution_note text,
  resolution_detail jsonb,
  resolved_at timestamptz,
  resolved_by text,
  -- The letter that verified or corrected the debt, and when it was mailed (joined the print batch).
  letter_id text,
  letter_mailed_at timestamptz,
  collection_resumed_at timestamptz,
  created_by text not null,
  created_at timestamptz not null default now()
);
create index disputes_queue on disputes(tenant_id, status, due_at);
create index disputes_account on disputes(tenant_id, account_id);
-- At most one open dispute per debt: a second report adds to the first.
create unique index disputes_one_open on disputes(account_id) where status = 'open';

-- Releases of holds that only a compliance officer may lift (attorney, bankruptcy, deceased,
-- cease communication), with the reason; the audit log records the same act.
create table hold_releases (
  id text primary key,
  tenant_id text not null references tenants(id),
  hold_id text not null references holds(id),
  released_by text not null,
  reason text not null,
  released_at timestamptz not null
);
create index hold_releases_hold on hold_releases(tenant_id, hold_id);

-- Outreach reads the tenant's newest rule set at every pass and send: one index probe.
create index if not exists tenant_rule_sets_latest on tenant_rule_sets(tenant_id, created_at desc);
