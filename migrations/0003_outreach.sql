-- Engagement orchestration (issue 6): journey state per account, agent tasks, letter batches,
-- and the columns communications need for personalization, verification and idempotency.

-- One row per account: where it is in its journey and when to look at it again. The orchestration
-- pass claims due rows (next_eval_at <= now) with FOR UPDATE SKIP LOCKED, so several workers can
-- run passes at once without working the same account twice.
create table journey_states (
  account_id text primary key references accounts(id),
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  journey text,
  journey_version integer,
  status text not null default 'new' check (status in ('new', 'active', 'paused', 'completed')),
  paused_reason text,
  -- Per step: { "<step>": { "n": 2, "lastAt": "..." } }, counted since the last payment.
  attempts jsonb not null default '{}'::jsonb,
  total_attempts integer not null default 0,
  last_contact_at timestamptz,
  -- accounts.last_payment_at when the counters were last reset (a payment resets them).
  payment_marker timestamptz,
  -- A pause a reply asked for (already paid, wrong person): { "reason", "until" }.
  manual_pause jsonb,
  -- The last decision's signature, so an unchanged decision is recorded (and a block logged) once.
  last_signature text,
  entered_at timestamptz,
  next_eval_at timestamptz not null,
  -- The most recent decisions, newest last (bounded), for the compliance officer's "why".
  history jsonb not null default '[]'::jsonb,
  -- The payment plan as outreach sees it (installments), written by plan servicing.
  plan jsonb,
  updated_at timestamptz not null default now()
);
create index journey_states_due on journey_states(next_eval_at);
create index journey_states_person on journey_states(tenant_id, person_id);

alter table communications
  add column language text,
  add column tone text,
  add column purpose text,
  add column template text,
  add column verify_code text,
  add column letter_batch_id text,
  add column task_id text,
  add column delivered_at timestamptz;
create index communications_verify on communications(verify_code) where verify_code is not null;
create index communications_external on communications(external_id) where external_id is not null;
create index communications_status on communications(tenant_id, status, at);

-- Work for a person: call tasks with their compliance window, and reviews that replies ask for
-- (verify a payment, review a dispute, verify identity...).
create table agent_tasks (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text,
  communication_id text,
  kind text not null check (kind in ('call', 'verify_payment', 'review_dispute', 'verify_identity', 'review_attorney', 'review_bankruptcy', 'review_deceased', 'assistance', 'plan', 'callback', 'complaint', 'insurance_review', 'explain_bill')),
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  reason text,
  window_start timestamptz,
  window_end timestamptz,
  -- The compliance decision the window came from (allowed, reasons, earliestAllowedAt).
  compliance jsonb,
  priority integer not null default 50,
  outcome text,
  created_at timestamptz not null,
  completed_at timestamptz
);
create index agent_tasks_open on agent_tasks(tenant_id, status, priority desc, created_at);

-- Letters are printed in one PDF per tenant and local day.
create table letter_batches (
  id text primary key,
  tenant_id text not null references tenants(id),
  batch_date date not null,
  created_at timestamptz not null,
  unique (tenant_id, batch_date)
);
