-- Tenant compliance rules as data: every saved version is kept; decisions record the version.
create table tenant_rule_sets (
  tenant_id text not null references tenants(id),
  version text not null,
  overrides jsonb not null,
  created_at timestamptz not null,
  created_by text not null,
  primary key (tenant_id, version)
);
