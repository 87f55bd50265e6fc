-- OpenID Connect sign-in per tenant: the hospital's identity provider. The client secret is a
-- credential and is stored encrypted (field cipher); staff who sign in this way must already exist
-- (matched by a verified email in an allowed domain).
create table if not exists tenant_sign_on (
  tenant_id text not null,
  display_name text not null,
  issuer text not null,
  client_id text not null,
  client_secret text not null,
  allowed_domains text[] not null,
  role_claim text,
  role_map jsonb not null default '{}',
  enabled boolean not null default true,
  updated_at timestamptz not null,
  updated_by text,
  primary key (tenant_id)
);
