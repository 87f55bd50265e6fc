-- Per-account sign-in throttle, on top of the per-IP limit: an attacker who rotates addresses
-- still meets the account's own back-off and lockout. The key is a hash of the normalized email,
-- so unknown emails are throttled exactly like known ones (no account enumeration by behaviour)
-- and the table holds no email addresses.
create table if not exists sign_in_throttles (
  key text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz,
  locked_until timestamptz,
  -- how many times the account has been locked since its last successful sign-in (escalates)
  lockouts integer not null default 0
);

-- Staff sessions end after an idle period as well as at their absolute expiry.
alter table sessions add column if not exists last_seen_at timestamptz;

-- A security review of a staff account (repeated failed sign-ins) concerns no patient.
alter table agent_tasks alter column person_id drop not null;
