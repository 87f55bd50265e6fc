-- Tasks are the shared unit of staff work: journeys, replies, conversation reviews, disputes,
-- assistance documents, surveys and the billing office all create them. The kind list grows here,
-- once, so that every capability adds its kinds without redefining the others'.
alter table agent_tasks drop constraint if exists agent_tasks_kind_check;
alter table agent_tasks add constraint agent_tasks_kind_check check (kind in (
  'call', 'verify_payment', 'review_dispute', 'verify_identity', 'review_attorney', 'review_bankruptcy',
  'review_deceased', 'assistance', 'plan', 'callback', 'complaint', 'insurance_review', 'explain_bill',
  -- a detected intent whose effect waits for a person to confirm or dismiss it
  'review_intent',
  -- a dispute for the billing office to resolve (corrected, verified, not ours)
  'resolve_dispute',
  -- assistance documents uploaded by the patient, to check
  'review_documents',
  -- a low survey score to follow up
  'csat_followup',
  -- "this isn't mine" from the portal or a reply
  'review_wrong_person',
  -- a promise to pay whose date has come
  'promise_followup',
  -- presumptive assistance screening found a likely eligible patient
  'presumptive_assistance',
  -- billing office: a denied claim to work, a claim with no remittance to follow up
  'work_denial', 'claim_followup',
  -- a hold that only a compliance officer may release
  'review_hold_release',
  -- security: repeated failed sign-ins or identity checks
  'security_review'
));
-- Who works it, until when it is snoozed, when it is due, and what the task needs to show.
alter table agent_tasks add column if not exists assigned_to text;
alter table agent_tasks add column if not exists snoozed_until timestamptz;
alter table agent_tasks add column if not exists due_at timestamptz;
alter table agent_tasks add column if not exists detail jsonb;
