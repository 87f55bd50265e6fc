-- Two-factor sign-in (TOTP, RFC 6238). The secret is a credential: it is stored encrypted like
-- PHI (field cipher). A pending secret waits for the first code before it counts; recovery codes
-- are stored only as hashes and each works once; the last accepted time step stops a code from
-- being replayed within its 30 seconds.
alter table users add column if not exists totp_secret text;
alter table users add column if not exists totp_pending_secret text;
alter table users add column if not exists totp_enabled_at timestamptz;
alter table users add column if not exists totp_last_step bigint;
alter table users add column if not exists recovery_code_hashes text[] not null default '{}';

-- One-time links: an invitation or a password reset sent by an administrator.
alter table user_invites add column if not exists purpose text not null default 'invite';

-- Configuration as data: every published version of a tenant's templates (one document per
-- language) and journeys (one per journey id) is kept; the newest version is the one in use.
create table if not exists config_documents (
  tenant_id text not null,
  kind text not null,
  name text not null,
  version integer not null,
  body jsonb not null,
  note text,
  published_by text,
  published_at timestamptz not null,
  primary key (tenant_id, kind, name, version)
);

-- The version of the tenant's templates a message was written from (0: the shipped files).
alter table communications add column if not exists template_version integer;

-- The audit viewer pages newest first by id within a tenant, and filters by actor.
create index if not exists audit_log_tenant_id on audit_log(tenant_id, id desc);
create index if not exists audit_log_actor on audit_log(tenant_id, actor_id, id desc);
