-- A tenant's outside connections (SMTP, SMS provider, payment gateway, the drop folder). Plain
-- settings are JSON; secrets (passwords, tokens, keys) are one JSON object stored encrypted with the
-- field cipher and never sent to a browser; `secrets_changed` says when each was last set.
create table if not exists tenant_integrations (
  tenant_id text not null references tenants(id),
  kind text not null,
  settings jsonb not null default '{}'::jsonb,
  secrets text,
  secrets_changed jsonb not null default '{}'::jsonb,
  updated_by text,
  updated_at timestamptz not null,
  primary key (tenant_id, kind)
);

-- Files picked up from a tenant's drop folder: what became of each (processed or failed) and the
-- ingestion run it went into.
create table if not exists drop_folder_files (
  tenant_id text not null references tenants(id),
  id text not null,
  name text not null,
  status text not null,
  run_id text,
  rejected integer not null default 0,
  error text,
  at timestamptz not null,
  primary key (tenant_id, id)
);
create index if not exists drop_folder_files_recent on drop_folder_files(tenant_id, at desc);

-- Outbound webhooks: endpoints a tenant subscribes to events, each with its signing secret
-- (encrypted), and one delivery row per event and endpoint (the log the page shows).
create table if not exists webhook_endpoints (
  tenant_id text not null references tenants(id),
  id text not null,
  url text not null,
  events text[] not null,
  secret text not null,
  active boolean not null default true,
  description text,
  created_by text,
  created_at timestamptz not null,
  primary key (tenant_id, id)
);

create table if not exists webhook_deliveries (
  tenant_id text not null,
  id text not null,
  endpoint_id text not null,
  event_id text not null,
  event_type text not null,
  payload jsonb not null,
  status text not null default 'pending',
  attempts integer not null default 0,
  response_status integer,
  last_error text,
  created_at timestamptz not null,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, endpoint_id, event_id),
  foreign key (tenant_id, endpoint_id) references webhook_endpoints(tenant_id, id) on delete cascade
);
create index if not exists webhook_deliveries_recent on webhook_deliveries(tenant_id, created_at desc);
