-- Outcome analytics and experiments (contract: ../shared/contracts/analytics.md).
-- Nothing here holds PHI: accounts and persons are referenced by id only, and every dimension is
-- a coarse category (language, age band, payer type, ZIP-income quintile, journey, channel, arm).

-- One row per account once its patient balance first became due (the cohort entry): when, how
-- much was placed, and the dimensions its outcomes are grouped by. Written set-based by the
-- analytics refresh from accounts.first_statement_on and the patient-bucket ledger entries up to
-- that day (the balance when first due is not recorded anywhere else).
create table analytics_accounts (
  account_id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null,
  first_due_on date not null,
  placed_cents bigint not null,
  language text not null,
  payer_type text not null,
  age_band text not null,
  zip_quintile text not null,
  -- Set when the account is first contacted (journey, channel and experiment arm of that contact)
  -- or first spoken with by an agent; 'none' until then.
  journey text not null default 'none',
  channel text not null default 'none',
  variant text not null default 'none',
  agent text not null default 'none',
  -- First day the account was sent a final notice (escalation), a plan offer, an assistance offer.
  escalated_on date,
  plan_offered_on date,
  assistance_offered_on date,
  -- The day the patient balance reached 0 (last patient-bucket entry) while it is 0, else null.
  resolved_on date,
  refreshed_at timestamptz not null
);
create index analytics_accounts_tenant_due on analytics_accounts(tenant_id, first_due_on);
-- The refresh reads only the facts whose events fall in the days it recomputes.
create index analytics_accounts_resolved on analytics_accounts(tenant_id, resolved_on) where resolved_on is not null;
create index analytics_accounts_escalated on analytics_accounts(tenant_id, escalated_on) where escalated_on is not null;
create index analytics_accounts_plan_offered on analytics_accounts(tenant_id, plan_offered_on) where plan_offered_on is not null;
create index analytics_accounts_assistance_offered on analytics_accounts(tenant_id, assistance_offered_on) where assistance_offered_on is not null;

-- Daily rollups, long format: one row per (tenant, dimension, key, start day, event day, metric).
-- start_day is the cohort day for cohort metrics (first due, plan accepted, application received)
-- and equals day for plain event metrics, so any window reads as
--   start_day in [from, until) and day < until.
-- dim 'all' (key '') is the whole tenant; every other dimension partitions it.
create table analytics_daily (
  tenant_id text not null,
  dim text not null,
  key text not null,
  start_day date not null,
  day date not null,
  metric text not null,
  value bigint not null,
  primary key (tenant_id, dim, start_day, key, day, metric)
);

-- The refresh finds accounts whose ledger changed since its watermark, and sums payments by day.
create index ledger_entries_posted on ledger_entries(tenant_id, posted_at);
create index ledger_entries_payments on ledger_entries(tenant_id, effective_on)
  where kind in ('patient_payment', 'refund', 'assistance_adjustment');
create index accounts_first_statement on accounts(tenant_id, first_statement_on);
create index payment_plans_created on payment_plans(tenant_id, created_at);
create index agent_tasks_created on agent_tasks(tenant_id, kind, created_at);

-- How far each tenant's rollups are maintained: the next refresh recomputes only event days at
-- or after the earliest day touched since then.
create table analytics_refresh (
  tenant_id text primary key,
  refreshed_at timestamptz not null,
  -- ledger entries, plans, applications and communications written up to here are in the rollups
  watermark timestamptz not null
);

-- Median household income by 3-digit ZIP area (persons.zip3; e.g. Census ACS 5-year table B19013), loaded by the
-- operator with its source; quintiles are computed over the ZIPs present. Empty means "unknown".
create table zip_income (
  zip text primary key,
  median_household_income_cents bigint not null,
  source text not null
);

-- A/B/n experiments on a journey step: arms change the template, tone, send hour or channel order
-- of that step (never what compliance allows: every arm's message is checked like any other).
create table experiments (
  id text primary key,
  tenant_id text not null references tenants(id),
  name text not null,
  journey text not null,
  step text not null,
  kind text not null check (kind in ('template', 'tone', 'send_time', 'channel_order', 'journey')),
  -- [{ "id": "A", "label": "...", "weight": 1, "template"?, "tone"?, "sendHour"?, "channels"? }]
  arms jsonb not null,
  holdout_pct integer not null default 0 check (holdout_pct between 0 and 50),
  ramp_pct integer not null default 100 check (ramp_pct between 0 and 100),
  status text not null default 'draft' check (status in ('draft', 'running', 'stopped')),
  -- { "maxOptOutRate": 0.02, "maxComplaintRate": 0.01, "minContacts": 200 }
  guardrails jsonb not null default '{}'::jsonb,
  -- arms a guardrail stopped: { "B": { "at": "...", "reason": "opt_out_rate 0.05 > 0.02" } }
  stopped_arms jsonb not null default '{}'::jsonb,
  -- fixed horizon: accounts per arm to reach before reading the result
  planned_per_arm integer,
  started_at timestamptz,
  stopped_at timestamptz,
  created_by text not null,
  created_at timestamptz not null
);
create index experiments_tenant on experiments(tenant_id, status);

-- The experiment arm a message was sent under ('<experiment id>:<arm>'), null outside experiments.
alter table communications add column variant text;
