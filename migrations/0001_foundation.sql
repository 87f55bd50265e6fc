-- Kindly foundation: tenants, staff, sessions, audit, people, accounts, ledger, communications.
-- Money columns are integer cents (bigint). Instants are timestamptz; calendar dates are date.

create table tenants (
  id text primary key,
  slug text not null unique,
  name text not null,
  kind text not null check (kind in ('provider', 'nonprofit_hospital', 'payer', 'agency')),
  -- original_creditor or debt_collector: decides whether Reg F binds (see compliance).
  collector_role text not null default 'original_creditor' check (collector_role in ('original_creditor', 'debt_collector')),
  state text,
  time_zone text not null default 'America/New_York',
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

create table users (
  id text primary key,
  tenant_id text not null references tenants(id),
  email text not null unique,
  display_name text not null,
  password_hash text not null,
  roles text[] not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);
create index users_tenant on users(tenant_id);

create table sessions (
  token_hash text primary key,
  user_id text not null references users(id),
  tenant_id text not null references tenants(id),
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_user on sessions(user_id);

-- Every PHI read and write, written in the same transaction as the access it records.
create table audit_log (
  id bigint generated always as identity primary key,
  tenant_id text not null,
  at timestamptz not null,
  actor_kind text not null,
  actor_id text not null,
  action text not null check (action in ('read', 'write', 'denied', 'login', 'logout', 'login_failed')),
  purpose text not null,
  record_type text not null,
  record_id text,
  request_id text,
  details jsonb not null default '{}'::jsonb
);
create index audit_log_tenant_at on audit_log(tenant_id, at desc);
create index audit_log_record on audit_log(tenant_id, record_type, record_id);

create table persons (
  id text primary key,
  tenant_id text not null references tenants(id),
  external_ref text not null,
  kind text not null default 'patient' check (kind in ('patient', 'member', 'guarantor')),
  given_name text not null,
  family_name text not null,
  birth_date date,
  sex text,
  language text not null default 'en',
  address_line text,
  city text,
  state text,
  postal_code text,
  -- Derived from the address (IANA); extra zones where the person may also be (mobile area code).
  time_zone text not null default 'America/New_York',
  extra_time_zones text[] not null default '{}',
  deceased boolean not null default false,
  -- preferred channel, consumer-stated inconvenient times, tone, etc.
  preferences jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, external_ref)
);

create table contact_points (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  system text not null check (system in ('phone', 'email')),
  value text not null,
  use text not null default 'home' check (use in ('mobile', 'home', 'work', 'landline')),
  rank integer not null default 1,
  verified boolean not null default false,
  created_at timestamptz not null default now(),
  unique (tenant_id, person_id, system, value)
);

create table consents (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  channel text not null check (channel in ('call', 'sms', 'email')),
  type text not null check (type in ('prior_express', 'call_window')),
  given_to text not null default 'creditor' check (given_to in ('creditor', 'collector')),
  given_at timestamptz not null,
  until timestamptz,
  source text,
  created_at timestamptz not null default now()
);
create index consents_person on consents(tenant_id, person_id);

-- Opt-outs and TCPA revocations, by any reasonable means.
create table revocations (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  channel text not null check (channel in ('call', 'sms', 'email', 'all')),
  received_at timestamptz not null,
  means text not null,
  text text,
  created_at timestamptz not null default now()
);
create index revocations_person on revocations(tenant_id, person_id);

create table holds (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text,
  type text not null check (type in ('dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased', 'assistance_pending', 'insurance_pending')),
  since timestamptz not null,
  resolved_at timestamptz,
  reason text,
  created_by text,
  created_at timestamptz not null default now()
);
create index holds_person on holds(tenant_id, person_id) where resolved_at is null;

create table accounts (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  guarantor_id text references persons(id),
  external_ref text not null,
  facility text,
  status text not null default 'open',
  service_date date,
  discharge_date date,
  -- The 501(r) clock: first billing statement after discharge.
  first_statement_on date,
  due_on date,
  delinquent_since date,
  total_charges_cents bigint not null default 0,
  balance_cents bigint not null default 0,
  insurance_pending_cents bigint not null default 0,
  patient_due_cents bigint not null default 0,
  last_payment_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, external_ref)
);
create index accounts_person on accounts(tenant_id, person_id);
create index accounts_status on accounts(tenant_id, status);

-- Double-entry-style account ledger: every balance is a sum of these rows.
create table ledger_entries (
  id text primary key,
  tenant_id text not null references tenants(id),
  account_id text not null references accounts(id),
  kind text not null,
  amount_cents bigint not null,
  -- which balance bucket the entry moves: insurance (pending adjudication) or patient.
  bucket text not null check (bucket in ('insurance', 'patient')),
  effective_on date not null,
  posted_at timestamptz not null,
  source text not null,
  source_ref text not null,
  memo text,
  created_at timestamptz not null default now(),
  unique (tenant_id, source, source_ref)
);
create index ledger_entries_account on ledger_entries(tenant_id, account_id);

create table communications (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text,
  direction text not null check (direction in ('outbound', 'inbound')),
  channel text not null check (channel in ('call', 'sms', 'email', 'letter', 'voicemail', 'chat', 'portal')),
  status text not null,
  at timestamptz not null,
  to_address text,
  subject text,
  body text,
  journey text,
  step text,
  outcome text,
  reasons text[] not null default '{}',
  decision jsonb,
  rule_set_version text,
  external_id text,
  created_at timestamptz not null default now()
);
create index communications_person on communications(tenant_id, person_id, at);
create index communications_account on communications(tenant_id, account_id, at);

-- Process-wide settings shared by every API/worker process (e.g. the link-signing secret when
-- KINDLY_SECRET is not given).
create table app_settings (
  key text primary key,
  value text not null
);

-- What the sandbox channels "sent" (the dev inbox). No unique constraint on purpose: a double
-- delivery would show up here as two rows, which the cross-process tests check for.
create table sandbox_deliveries (
  id bigint generated always as identity primary key,
  tenant_id text not null,
  communication_id text not null,
  channel text not null,
  to_address text,
  subject text,
  body text,
  delivered_at timestamptz not null,
  worker text
);
create index sandbox_deliveries_tenant on sandbox_deliveries(tenant_id, delivered_at desc);
