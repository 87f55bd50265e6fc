-- Scores and presumptive financial-assistance screening, both written only by the scoring module.

-- One fitted model per tenant, target and version: the standardization, the weights and the
-- holdout figures, so any score can be traced back to the exact model that produced it.
create table scoring_models (
  tenant_id text not null references tenants(id),
  version text not null,
  target text not null check (target in ('pay_30', 'pay_90', 'hardship')),
  trained_at timestamptz not null,
  -- { kind, features: [{ name, mean, std, weight }], bias, lambda, iterations, trainedOn }
  model jsonb not null,
  -- { holdout: { n, positives, auc, brier, reliability: [{ from, to, n, meanScore, observed }] }, train: { n, positives } }
  metrics jsonb not null,
  primary key (tenant_id, target, version)
);
create index scoring_models_latest on scoring_models (tenant_id, target, trained_at desc);

-- The latest scores of each account (one row: propensity to pay within 30 and 90 days, likelihood
-- of financial hardship), with the top reasons of each as feature codes and values; the module turns
-- them into plain words when they are read (a short row keeps a 1M-account nightly run fast).
create table account_scores (
  tenant_id text not null,
  account_id text not null,
  pay_30 double precision not null check (pay_30 >= 0 and pay_30 <= 1),
  pay_90 double precision not null check (pay_90 >= 0 and pay_90 <= 1),
  hardship double precision not null check (hardship >= 0 and hardship <= 1),
  -- { "pay_30": [[feature, value, +1 | -1], ...], "pay_90": [...], "hardship": [...] }
  reasons jsonb not null default '{}'::jsonb,
  model_version text not null,
  scored_at timestamptz not null,
  primary key (tenant_id, account_id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id)
);

-- Presumptive screening of every patient-due account against the tenant's FAP.
create table account_screenings (
  tenant_id text not null,
  account_id text not null,
  person_id text not null,
  status text not null check (status in ('likely_eligible', 'possibly_eligible', 'not_indicated', 'assisted')),
  -- presumptive | estimated_income | state_law | null
  basis text,
  -- [{ code, text }]
  reasons jsonb not null default '[]'::jsonb,
  discount_pct double precision not null default 0,
  estimated_fpl_percent double precision,
  patient_due_cents bigint not null default 0,
  policy_name text not null,
  screened_at timestamptz not null,
  first_screened_at timestamptz not null,
  -- When the counselor task was created for a likely-eligible account (once per account).
  task_id text,
  offered_at timestamptz,
  -- A presumptive approval applied by the screening (where the policy allows), and its amount.
  applied_application_id text,
  approved_at timestamptz,
  approved_cents bigint not null default 0,
  primary key (tenant_id, account_id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id)
);
create index account_screenings_status on account_screenings (tenant_id, status);
