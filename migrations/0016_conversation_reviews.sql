-- A dispute, cease, attorney, bankruptcy or deceased intent heard in free text is a proposal, not a
-- decision: outreach on the account pauses at once (a hold of the intent's type, created by the
-- review, which every compliance check already honors) and a person confirms it (the hold stays,
-- audited) or dismisses it (the pause is lifted and the utterance kept as a labeled example).
create table intent_reviews (
  id text primary key,
  tenant_id text not null references tenants(id),
  person_id text not null references persons(id),
  account_id text,
  conversation_id text references conversations(id),
  utterance_id bigint,
  intent text not null check (intent in ('dispute', 'cease_communication', 'attorney', 'bankruptcy', 'deceased')),
  -- calibrated probability from the intent model, and the words that triggered it
  probability double precision,
  evidence jsonb not null default '[]'::jsonb,
  -- cease_communication: the channels named ('all' when none)
  channels jsonb,
  status text not null check (status in ('proposed', 'confirmed', 'dismissed')),
  pause_hold_id text,
  task_id text,
  created_at timestamptz not null,
  decided_by text,
  decided_at timestamptz,
  note text
);
create index intent_reviews_conversation on intent_reviews(tenant_id, conversation_id);
create index intent_reviews_person on intent_reviews(tenant_id, person_id, status);

-- What a person said an utterance does or does not mean: labeled examples for the next training
-- run. The text stays in conversation_utterances (one place for PHI); this row points at it.
create table intent_labels (
  id text primary key,
  tenant_id text not null references tenants(id),
  utterance_id bigint not null,
  intent text not null,
  present boolean not null,
  source text not null check (source in ('review_confirmed', 'review_dismissed')),
  review_id text,
  labeled_by text,
  labeled_at timestamptz not null
);
create index intent_labels_tenant on intent_labels(tenant_id, labeled_at);
