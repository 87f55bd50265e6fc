-- Live conversations (chat, SMS thread, call transcript) with each utterance's analysis.
create table conversations (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text,
  channel text not null check (channel in ('chat', 'sms', 'call')),
  agent_id text,
  language text not null default 'en',
  started_at timestamptz not null,
  ended_at timestamptz
);
create index conversations_person on conversations(tenant_id, person_id, started_at desc);

create table conversation_utterances (
  id bigint generated always as identity primary key,
  tenant_id text not null,
  conversation_id text not null references conversations(id),
  speaker text not null check (speaker in ('agent', 'patient')),
  text text not null,
  at timestamptz not null,
  -- sentiment, distress, escalation risk, intents with evidence, cues (patient turns only)
  analysis jsonb,
  -- what Kindly did about it: opt-outs recorded, holds placed
  applied jsonb not null default '[]'::jsonb
);
create index conversation_utterances_conv on conversation_utterances(conversation_id, id);
