-- Payment options (issue 5): secure payment links, payments and refunds with idempotency keys,
-- gateway events for reconciliation, payment plans with installments and history, and financial
-- assistance applications with their documents and decisions. Money is integer cents.

-- A secure link: the signed token carries only IDs; this row makes it revocable and keeps the
-- identity-check attempt counters (persisted, so a lockout holds across processes and restarts).
create table payment_links (
  id text primary key,                      -- the token's id (jti); the token itself is never stored
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text not null references accounts(id),
  actions text[] not null,
  issued_at timestamptz not null,
  expires_at timestamptz not null,
  created_by text not null,
  purpose text,
  revoked_at timestamptz,
  revoked_by text,
  revoke_reason text,
  failed_attempts integer not null default 0,
  first_failure_at timestamptz,
  locked_until timestamptz,
  lockouts integer not null default 0,
  verified_at timestamptz,
  last_opened_at timestamptz
);
create index payment_links_account on payment_links(tenant_id, account_id);

-- After the identity check: a short-lived session bound to one link (only the token's hash is kept).
create table portal_sessions (
  token_hash text primary key,
  link_id text not null references payment_links(id),
  tenant_id text not null references tenants(id),
  person_id text not null,
  account_id text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index portal_sessions_link on portal_sessions(link_id);

-- One row per charge attempt. The unique idempotency key makes a double click or concurrent
-- retries one payment: the second insert conflicts and reads the first one's result.
create table payments (
  id text primary key,
  tenant_id text not null references tenants(id),
  account_id text not null references accounts(id),
  person_id text not null references persons(id),
  idempotency_key text not null,
  -- What was asked (amount, discount, method): the same key with other parameters is refused.
  fingerprint text not null,
  channel text not null check (channel in ('portal', 'staff', 'autopay')),
  link_id text,
  plan_id text,
  gateway text not null,
  -- A gateway token (pm_...), never a card number.
  payment_method text,
  amount_cents bigint not null check (amount_cents > 0),
  discount_cents bigint not null default 0 check (discount_cents >= 0),
  discount_kind text,
  status text not null check (status in ('pending', 'requires_action', 'succeeded', 'failed')),
  gateway_charge_id text,
  card_brand text,
  card_last4 text,
  failure_code text,
  refunded_cents bigint not null default 0,
  receipt_communication_id text,
  created_by text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  completed_at timestamptz,
  unique (tenant_id, idempotency_key)
);
create index payments_account on payments(tenant_id, account_id, created_at desc);
create index payments_charge on payments(gateway_charge_id) where gateway_charge_id is not null;

create table payment_refunds (
  id text primary key,
  tenant_id text not null references tenants(id),
  account_id text not null references accounts(id),
  -- null: money that did not come through Kindly's gateway, returned by check.
  payment_id text references payments(id),
  amount_cents bigint not null check (amount_cents > 0),
  reason text not null,
  method text not null check (method in ('gateway', 'check')),
  status text not null check (status in ('pending', 'succeeded', 'failed')),
  idempotency_key text not null,
  gateway_refund_id text,
  source_ref text,
  created_by text not null,
  created_at timestamptz not null,
  completed_at timestamptz,
  unique (tenant_id, idempotency_key)
);
create index payment_refunds_account on payment_refunds(tenant_id, account_id);

-- Verified webhook events (and the sandbox's own events), once per gateway event id.
create table gateway_events (
  gateway text not null,
  id text not null,
  tenant_id text,
  type text not null,
  gateway_type text not null,
  charge_id text,
  amount_cents bigint not null,
  currency text not null,
  occurred_at timestamptz not null,
  received_at timestamptz not null,
  failure_code text,
  metadata jsonb not null default '{}'::jsonb,
  primary key (gateway, id)
);
create index gateway_events_charge on gateway_events(charge_id);
create index gateway_events_received on gateway_events(received_at);

-- The sandbox gateway's own state (tokens, charges, idempotency records), shared by every process.
create table sandbox_gateway_objects (
  kind text not null,
  id text not null,
  data jsonb not null,
  primary key (kind, id)
);

create table payment_plans (
  id text primary key,
  tenant_id text not null references tenants(id),
  account_id text not null references accounts(id),
  person_id text not null references persons(id),
  status text not null check (status in ('active', 'grace', 'missed', 'hardship_paused', 'replan_offered', 'defaulted', 'completed', 'cancelled')),
  time_zone text not null,
  anchor_day integer not null,
  total_cents bigint not null,
  remaining_cents bigint not null,
  monthly_payment_cents bigint not null,
  next_due_on date,
  -- The plan value the pure servicing functions read and return (payments, notices, pause).
  state jsonb not null,
  autopay_payment_method text,
  autopay_card_brand text,
  autopay_card_last4 text,
  source text not null check (source in ('portal', 'staff')),
  created_by text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  last_serviced_on date,
  version integer not null default 1
);
-- At most one live plan per account.
create unique index payment_plans_one_live on payment_plans(tenant_id, account_id)
  where status in ('active', 'grace', 'missed', 'hardship_paused', 'replan_offered');
create index payment_plans_service on payment_plans(status, last_serviced_on);

create table plan_installments (
  plan_id text not null references payment_plans(id),
  seq integer not null,
  tenant_id text not null,
  due_on date not null,
  amount_cents bigint not null,
  paid_cents bigint not null default 0,
  primary key (plan_id, seq)
);

-- The state machine's history, one row per transition (append-only).
create table plan_history (
  id bigint generated always as identity primary key,
  plan_id text not null references payment_plans(id),
  tenant_id text not null,
  at timestamptz not null,
  from_status text,
  to_status text not null,
  reason text not null
);
create index plan_history_plan on plan_history(plan_id, id);

-- Which ledger payments a plan has applied (oldest installment first), so none is applied twice.
create table plan_payment_applications (
  plan_id text not null references payment_plans(id),
  ledger_entry_id text not null,
  tenant_id text not null,
  amount_cents bigint not null,
  unapplied_cents bigint not null default 0,
  at timestamptz not null,
  primary key (plan_id, ledger_entry_id)
);

create table assistance_applications (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text references accounts(id),
  status text not null check (status in ('submitted', 'incomplete', 'approved', 'denied', 'withdrawn')),
  received_on date not null,
  -- size, annual income, state, assets, presumptive circumstances (PHI: read only through audited use cases)
  household jsonb not null,
  no_income_attestation boolean not null default false,
  signed_on date,
  signature_name text,
  language text not null default 'en',
  channel text not null check (channel in ('portal', 'staff')),
  hold_id text,
  missing jsonb not null default '[]'::jsonb,
  created_by text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  decided_at timestamptz
);
create index assistance_applications_person on assistance_applications(tenant_id, person_id);
create index assistance_applications_status on assistance_applications(tenant_id, status, received_on);

-- Uploaded documents live in the database (bytea) under a random id with their sha256: no file
-- names on disk, nothing in logs, and every process sees them.
create table assistance_documents (
  id text primary key,
  tenant_id text not null references tenants(id),
  application_id text not null references assistance_applications(id),
  kind text not null,
  file_name text not null,
  content_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  received_on date not null,
  uploaded_at timestamptz not null,
  uploaded_by text not null
);
create index assistance_documents_application on assistance_documents(application_id);

create table assistance_decisions (
  id text primary key,
  tenant_id text not null references tenants(id),
  application_id text not null references assistance_applications(id),
  decision text not null check (decision in ('approved', 'denied', 'incomplete')),
  discount_pct double precision not null default 0,
  agb_pct double precision,
  reasons text[] not null default '{}',
  missing jsonb not null default '[]'::jsonb,
  decided_on date not null,
  valid_through date,
  -- The policy and screening the decision was made under, and the retroactive adjustment applied.
  details jsonb not null default '{}'::jsonb,
  decided_by text not null,
  decided_at timestamptz not null
);
create index assistance_decisions_application on assistance_decisions(application_id, decided_at);
