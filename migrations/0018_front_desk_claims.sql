-- Front desk (check-in, coverage, eligibility, copays) and billing office (denials, appeals,
-- claim status follow-up).

-- Insurance the front desk works with: copied from ingested coverage (source_key) or entered from
-- the patient's card at check-in. The last eligibility answer is kept on the coverage itself.
create table patient_coverages (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  source text not null check (source in ('ingested', 'front_desk')),
  source_key text,
  payer_id text,
  payer_name text not null,
  member_id text not null,
  group_id text,
  plan_name text,
  relationship text not null default 'self',
  priority integer not null default 1,
  eligibility jsonb,
  eligibility_checked_at timestamptz,
  created_by text,
  created_at timestamptz not null,
  unique (tenant_id, person_id, payer_name, member_id)
);
create index patient_coverages_person on patient_coverages(tenant_id, person_id);

-- Every eligibility inquiry (270) and its answer (271), as sent and received.
create table eligibility_checks (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  coverage_id text not null references patient_coverages(id),
  requested_at timestamptz not null,
  requested_by text not null,
  clearinghouse text not null,
  trace text not null,
  status text not null check (status in ('active', 'inactive', 'error')),
  result jsonb not null,
  request_x12 text not null,
  response_x12 text
);
create index eligibility_checks_coverage on eligibility_checks(tenant_id, coverage_id, requested_at desc);

-- Claim status inquiries (276) and answers (277).
create table claim_status_checks (
  id text primary key,
  tenant_id text not null references tenants(id),
  claim_key text not null,
  account_id text,
  requested_at timestamptz not null,
  requested_by text not null,
  clearinghouse text not null,
  trace text not null,
  category_code text,
  status_code text,
  result jsonb not null,
  request_x12 text not null,
  response_x12 text
);
create index claim_status_checks_claim on claim_status_checks(tenant_id, claim_key, requested_at desc);

-- An appeal of a denied claim. While it is open, a hold keeps the account's balance off the
-- patient's statements and outreach.
create table claim_appeals (
  id text primary key,
  tenant_id text not null references tenants(id),
  remittance_key text not null,
  account_id text not null references accounts(id),
  person_id text not null references persons(id),
  hold_id text,
  status text not null check (status in ('open', 'won', 'lost', 'withdrawn')),
  deadline date,
  note text,
  opened_at timestamptz not null,
  opened_by text not null,
  closed_at timestamptz,
  closed_by text
);
create unique index claim_appeals_open on claim_appeals(tenant_id, remittance_key) where status = 'open';

-- How long each payer allows for an appeal (days from the remittance); others use the default.
create table payer_appeal_windows (
  tenant_id text not null references tenants(id),
  payer_id text not null,
  days integer not null check (days > 0 and days <= 3650),
  updated_at timestamptz not null,
  primary key (tenant_id, payer_id)
);

-- A check-in at the front desk, and the copay taken (if any) for the receipt.
create table front_desk_visits (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  coverage_id text references patient_coverages(id),
  visit_type text not null check (visit_type in ('office', 'outpatient', 'emergency', 'inpatient')),
  service_code text,
  checked_in_at timestamptz not null,
  checked_in_by text not null,
  copay_cents bigint,
  payment_id text
);
create index front_desk_visits_person on front_desk_visits(tenant_id, person_id, checked_in_at desc);
