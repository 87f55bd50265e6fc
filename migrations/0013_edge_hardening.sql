-- One-time invitations for staff created without a password (`kindly user add` without
-- --password): only a hash of the token is kept; it works once, until it expires.
create table if not exists user_invites (
  token_hash text primary key,
  user_id text not null references users(id),
  tenant_id text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index if not exists user_invites_user_idx on user_invites (user_id);
