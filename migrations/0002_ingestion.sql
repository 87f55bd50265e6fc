-- Ingestion: every canonical record kept once per (tenant, kind, key) with a content hash, its
-- history when corrected, the runs, and the quarantine of rejected records.

create table ingestion_runs (
  id text primary key,
  tenant_id text not null references tenants(id),
  actor_id text not null,
  started_at timestamptz not null,
  finished_at timestamptz,
  status text not null default 'running' check (status in ('running', 'completed', 'completed_with_rejections', 'failed')),
  files jsonb not null default '[]'::jsonb,
  summary jsonb
);
create index ingestion_runs_tenant on ingestion_runs(tenant_id, started_at desc);

create table ingested_records (
  tenant_id text not null references tenants(id),
  kind text not null,
  key text not null,
  content_hash text not null,
  data jsonb not null,
  person_id text,
  account_id text,
  first_run_id text,
  last_run_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, kind, key)
);
create index ingested_records_person on ingested_records(tenant_id, person_id);
create index ingested_records_account on ingested_records(tenant_id, account_id);

-- The previous version of a record each time a corrected version replaced it.
create table ingested_record_history (
  id bigint generated always as identity primary key,
  tenant_id text not null,
  kind text not null,
  key text not null,
  content_hash text not null,
  data jsonb not null,
  replaced_at timestamptz not null,
  replaced_by_run text
);
create index ingested_record_history_key on ingested_record_history(tenant_id, kind, key);

create table ingestion_rejections (
  id text primary key,
  tenant_id text not null references tenants(id),
  run_id text not null,
  file text not null,
  line integer,
  entry integer,
  segment integer,
  field text,
  message text not null,
  record_kind text,
  raw text,
  status text not null default 'open' check (status in ('open', 'resubmitted', 'dismissed')),
  created_at timestamptz not null,
  resolved_at timestamptz,
  resolved_by text
);
create index ingestion_rejections_open on ingestion_rejections(tenant_id, status, created_at desc);
-- Batches look records up by key across kinds.
create index ingested_records_key on ingested_records(tenant_id, key);
