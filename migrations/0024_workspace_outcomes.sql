-- The agent's desk: what came of each contact (dispositions), promises to pay followed to kept or
-- broken, teams for shared queues, and each user's saved worklist views.

-- A tenant's own disposition list; with no rows the built-in list applies (src/modules/workspace/dispositions.ts).
create table if not exists workspace_dispositions (
  tenant_id text not null references tenants(id),
  code text not null,
  label text not null,
  -- reached: a conversation with the patient happened; needs: what the agent must also enter.
  reached boolean not null,
  resolves boolean not null default false,
  needs text not null default 'none' check (needs in ('none', 'promise', 'callback')),
  position integer not null default 0,
  active boolean not null default true,
  primary key (tenant_id, code)
);

-- One row per contact outcome an agent records. The note is PHI-bearing free text: encrypted.
create table if not exists account_outcomes (
  tenant_id text not null references tenants(id),
  id text not null,
  account_id text not null,
  person_id text not null,
  agent_id text not null,
  disposition text not null,
  reached boolean not null,
  resolved boolean not null,
  note text,
  -- When the agent opened the account and when the outcome was saved: the handle time.
  started_at timestamptz not null,
  recorded_at timestamptz not null,
  handle_seconds integer not null check (handle_seconds >= 0),
  communication_id text,
  callback_at timestamptz,
  promise_amount_cents bigint check (promise_amount_cents is null or promise_amount_cents > 0),
  promise_due_on date,
  promise_status text check (promise_status in ('pending', 'kept', 'broken')),
  promise_settled_at timestamptz,
  primary key (tenant_id, id)
);
create index if not exists account_outcomes_account on account_outcomes (tenant_id, account_id, recorded_at);
create index if not exists account_outcomes_recorded on account_outcomes (tenant_id, recorded_at);
create index if not exists account_outcomes_promises on account_outcomes (tenant_id, promise_due_on) where promise_status = 'pending';

create table if not exists teams (
  tenant_id text not null references tenants(id),
  id text not null,
  name text not null,
  created_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);
create table if not exists team_members (
  tenant_id text not null,
  team_id text not null,
  user_id text not null,
  primary key (tenant_id, team_id, user_id),
  foreign key (tenant_id, team_id) references teams (tenant_id, id) on delete cascade
);
create index if not exists team_members_user on team_members (tenant_id, user_id);

create table if not exists worklist_views (
  tenant_id text not null references tenants(id),
  id text not null,
  user_id text not null,
  name text not null,
  filters jsonb not null,
  created_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, user_id, name)
);

-- The account page lists an account's tasks; the worklist filters by who a task is assigned to.
create index if not exists agent_tasks_account_all on agent_tasks (tenant_id, account_id, created_at);
create index if not exists agent_tasks_assigned_open on agent_tasks (tenant_id, assigned_to) where status = 'open';
