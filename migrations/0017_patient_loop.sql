-- The patient's loop: every message carries the person's own short link, codes from messages,
-- statements and calls can be checked on the public verify page, and patients rate the help they got.

-- A message's link: the same revocable, expiring, person-scoped row as any portal link, minted in
-- the orchestration pass's batch writes. The short code is what the message prints (`/p/<code>`)
-- and the row's id is 'm' || code, so opening a code is a primary-key lookup and the pass's insert
-- maintains no extra index (a unique index on the code cost the pass a third more time). The
-- signed token is rebuilt from the row when the code is opened, so the token is never stored.
alter table payment_links add column if not exists communication_id text;

-- Codes printed on statements (the statement itself is rendered on demand, so its code is
-- recorded when it is issued, to be found again by the verify page). No PHI: the code, the date.
create table if not exists statement_codes (
  code text not null,
  tenant_id text not null references tenants(id),
  person_id text not null,
  statement_date date not null,
  channel text not null default 'statement',
  issued_at timestamptz not null,
  primary key (code, statement_date, tenant_id)
);
create index if not exists statement_codes_code on statement_codes(code);

-- One satisfaction rating per interaction (the message whose survey link was opened).
create table if not exists csat_responses (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null,
  account_id text,
  communication_id text not null,
  link_id text,
  score integer not null check (score between 1 and 5),
  comment text,
  language text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  followup_task_id text,
  unique (tenant_id, communication_id)
);
create index if not exists csat_responses_account on csat_responses(tenant_id, account_id);
create index if not exists csat_responses_created on csat_responses(tenant_id, created_at);
