-- Every key of a tenant table carries tenant_id, so each table can be hash-distributed by tenant
-- (Citus enforces a primary key, unique key or foreign key only inside one shard; see
-- docs/operations.md). Adding tenant_id only loosens a primary key, so no existing row can fail it.
-- The foreign keys now also require the referenced row to belong to the same tenant, which every
-- write already guarantees (each is made inside one tenant's transaction).
--
-- users (a reference table), sessions and user_invites (distributed by token_hash) and
-- gateway_events (distributed by its event id) keep their keys: each is found before any tenant is
-- known, so it is placed outside the tenant co-location group.
--
-- Order: drop the foreign keys that reference a key about to change, swap the primary keys, then
-- add the foreign keys back with the tenant on both sides.

-- 1. Foreign keys that reference a primary key or (tenant_id, id) unique key about to change.
alter table accounts drop constraint accounts_person_id_fkey;
alter table accounts drop constraint accounts_guarantor_id_fkey;
alter table agent_tasks drop constraint agent_tasks_person_id_fkey;
alter table assistance_applications drop constraint assistance_applications_account_id_fkey;
alter table assistance_applications drop constraint assistance_applications_person_id_fkey;
alter table assistance_decisions drop constraint assistance_decisions_application_id_fkey;
alter table assistance_documents drop constraint assistance_documents_application_id_fkey;
alter table claim_appeals drop constraint claim_appeals_account_id_fkey;
alter table claim_appeals drop constraint claim_appeals_person_id_fkey;
alter table consents drop constraint consents_person_id_fkey;
alter table contact_points drop constraint contact_points_person_id_fkey;
alter table conversation_utterances drop constraint conversation_utterances_conversation_id_fkey;
alter table conversations drop constraint conversations_person_id_fkey;
alter table disputes drop constraint disputes_person_id_fkey;
alter table eligibility_checks drop constraint eligibility_checks_coverage_id_fkey;
alter table eligibility_checks drop constraint eligibility_checks_person_id_fkey;
alter table front_desk_visits drop constraint front_desk_visits_coverage_id_fkey;
alter table front_desk_visits drop constraint front_desk_visits_person_id_fkey;
alter table hold_releases drop constraint hold_releases_hold_id_fkey;
alter table holds drop constraint holds_person_id_fkey;
alter table intent_reviews drop constraint intent_reviews_conversation_id_fkey;
alter table intent_reviews drop constraint intent_reviews_person_id_fkey;
alter table patient_coverages drop constraint patient_coverages_person_id_fkey;
alter table payment_links drop constraint payment_links_account_id_fkey;
alter table payment_links drop constraint payment_links_person_id_fkey;
alter table payment_plans drop constraint payment_plans_account_id_fkey;
alter table payment_plans drop constraint payment_plans_person_id_fkey;
alter table payment_refunds drop constraint payment_refunds_account_id_fkey;
alter table payment_refunds drop constraint payment_refunds_payment_id_fkey;
alter table payments drop constraint payments_account_id_fkey;
alter table payments drop constraint payments_person_id_fkey;
alter table plan_history drop constraint plan_history_plan_id_fkey;
alter table plan_installments drop constraint plan_installments_plan_id_fkey;
alter table plan_payment_applications drop constraint plan_payment_applications_plan_id_fkey;
alter table revocations drop constraint revocations_person_id_fkey;
alter table portal_sessions drop constraint portal_sessions_link_id_fkey;
alter table account_scores drop constraint account_scores_tenant_id_account_id_fkey;
alter table account_screenings drop constraint account_screenings_tenant_id_account_id_fkey;
alter table journey_states drop constraint journey_states_tenant_account_fkey;
alter table ledger_entries drop constraint ledger_entries_account_fkey;
alter table communications drop constraint communications_tenant_person_fkey;

-- 2. Primary keys: (tenant_id, <the old columns>). Where rows are still looked up or joined by the
-- old key alone (a worker sweep, a webhook, a short link, a join that does not repeat the tenant),
-- a plain index on the old key keeps that lookup an index scan; on Citus such a lookup fans out to
-- every shard, each answering from that index.
alter table accounts drop constraint accounts_tenant_id_id;
alter table persons drop constraint persons_tenant_id_id;
-- The primary key (tenant_id, id) serves the newest-first reads this index was for.
drop index audit_log_tenant_id;
alter table accounts drop constraint accounts_pkey;
alter table accounts add constraint accounts_pkey primary key (tenant_id, id);
create index accounts_id on accounts (id);
alter table agent_tasks drop constraint agent_tasks_pkey;
alter table agent_tasks add constraint agent_tasks_pkey primary key (tenant_id, id);
create index agent_tasks_id on agent_tasks (id);
alter table analytics_accounts drop constraint analytics_accounts_pkey;
alter table analytics_accounts add constraint analytics_accounts_pkey primary key (tenant_id, account_id);
create index analytics_accounts_account_id on analytics_accounts (account_id);
alter table assistance_applications drop constraint assistance_applications_pkey;
alter table assistance_applications add constraint assistance_applications_pkey primary key (tenant_id, id);
create index assistance_applications_id on assistance_applications (id);
alter table assistance_decisions drop constraint assistance_decisions_pkey;
alter table assistance_decisions add constraint assistance_decisions_pkey primary key (tenant_id, id);
alter table assistance_documents drop constraint assistance_documents_pkey;
alter table assistance_documents add constraint assistance_documents_pkey primary key (tenant_id, id);
create index assistance_documents_id on assistance_documents (id);
alter table audit_log drop constraint audit_log_pkey;
alter table audit_log add constraint audit_log_pkey primary key (tenant_id, id);
alter table claim_appeals drop constraint claim_appeals_pkey;
alter table claim_appeals add constraint claim_appeals_pkey primary key (tenant_id, id);
create index claim_appeals_id on claim_appeals (id);
alter table claim_status_checks drop constraint claim_status_checks_pkey;
alter table claim_status_checks add constraint claim_status_checks_pkey primary key (tenant_id, id);
alter table communications drop constraint communications_pkey;
alter table communications add constraint communications_pkey primary key (tenant_id, id);
create index communications_id on communications (id);
alter table consents drop constraint consents_pkey;
alter table consents add constraint consents_pkey primary key (tenant_id, id);
alter table contact_points drop constraint contact_points_pkey;
alter table contact_points add constraint contact_points_pkey primary key (tenant_id, id);
alter table conversation_utterances drop constraint conversation_utterances_pkey;
alter table conversation_utterances add constraint conversation_utterances_pkey primary key (tenant_id, id);
create index conversation_utterances_id on conversation_utterances (id);
alter table conversations drop constraint conversations_pkey;
alter table conversations add constraint conversations_pkey primary key (tenant_id, id);
create index conversations_id on conversations (id);
alter table csat_responses drop constraint csat_responses_pkey;
alter table csat_responses add constraint csat_responses_pkey primary key (tenant_id, id);
create index csat_responses_id on csat_responses (id);
alter table disputes drop constraint disputes_pkey;
alter table disputes add constraint disputes_pkey primary key (tenant_id, id);
create index disputes_id on disputes (id);
alter table eligibility_checks drop constraint eligibility_checks_pkey;
alter table eligibility_checks add constraint eligibility_checks_pkey primary key (tenant_id, id);
alter table experiments drop constraint experiments_pkey;
alter table experiments add constraint experiments_pkey primary key (tenant_id, id);
alter table front_desk_visits drop constraint front_desk_visits_pkey;
alter table front_desk_visits add constraint front_desk_visits_pkey primary key (tenant_id, id);
create index front_desk_visits_id on front_desk_visits (id);
alter table hold_releases drop constraint hold_releases_pkey;
alter table hold_releases add constraint hold_releases_pkey primary key (tenant_id, id);
alter table holds drop constraint holds_pkey;
alter table holds add constraint holds_pkey primary key (tenant_id, id);
create index holds_id on holds (id);
alter table ingested_record_history drop constraint ingested_record_history_pkey;
alter table ingested_record_history add constraint ingested_record_history_pkey primary key (tenant_id, id);
alter table ingestion_rejections drop constraint ingestion_rejections_pkey;
alter table ingestion_rejections add constraint ingestion_rejections_pkey primary key (tenant_id, id);
create index ingestion_rejections_id on ingestion_rejections (id);
alter table ingestion_runs drop constraint ingestion_runs_pkey;
alter table ingestion_runs add constraint ingestion_runs_pkey primary key (tenant_id, id);
create index ingestion_runs_id on ingestion_runs (id);
alter table intent_labels drop constraint intent_labels_pkey;
alter table intent_labels add constraint intent_labels_pkey primary key (tenant_id, id);
alter table intent_reviews drop constraint intent_reviews_pkey;
alter table intent_reviews add constraint intent_reviews_pkey primary key (tenant_id, id);
create index intent_reviews_id on intent_reviews (id);
alter table journey_states drop constraint journey_states_pkey;
alter table journey_states add constraint journey_states_pkey primary key (tenant_id, account_id);
create index journey_states_account_id on journey_states (account_id);
alter table ledger_entries drop constraint ledger_entries_pkey;
alter table ledger_entries add constraint ledger_entries_pkey primary key (tenant_id, id);
alter table letter_batches drop constraint letter_batches_pkey;
alter table letter_batches add constraint letter_batches_pkey primary key (tenant_id, id);
alter table patient_coverages drop constraint patient_coverages_pkey;
alter table patient_coverages add constraint patient_coverages_pkey primary key (tenant_id, id);
create index patient_coverages_id on patient_coverages (id);
alter table payment_links drop constraint payment_links_pkey;
alter table payment_links add constraint payment_links_pkey primary key (tenant_id, id);
create index payment_links_id on payment_links (id);
alter table payment_plans drop constraint payment_plans_pkey;
alter table payment_plans add constraint payment_plans_pkey primary key (tenant_id, id);
create index payment_plans_id on payment_plans (id);
alter table payment_refunds drop constraint payment_refunds_pkey;
alter table payment_refunds add constraint payment_refunds_pkey primary key (tenant_id, id);
create index payment_refunds_id on payment_refunds (id);
alter table payments drop constraint payments_pkey;
alter table payments add constraint payments_pkey primary key (tenant_id, id);
create index payments_id on payments (id);
alter table persons drop constraint persons_pkey;
alter table persons add constraint persons_pkey primary key (tenant_id, id);
create index persons_id on persons (id);
alter table plan_history drop constraint plan_history_pkey;
alter table plan_history add constraint plan_history_pkey primary key (tenant_id, id);
alter table plan_installments drop constraint plan_installments_pkey;
alter table plan_installments add constraint plan_installments_pkey primary key (tenant_id, plan_id, seq);
create index plan_installments_plan_id on plan_installments (plan_id);
alter table plan_payment_applications drop constraint plan_payment_applications_pkey;
alter table plan_payment_applications add constraint plan_payment_applications_pkey primary key (tenant_id, plan_id, ledger_entry_id);
create index plan_payment_applications_plan_id on plan_payment_applications (plan_id);
alter table revocations drop constraint revocations_pkey;
alter table revocations add constraint revocations_pkey primary key (tenant_id, id);
alter table sandbox_deliveries drop constraint sandbox_deliveries_pkey;
alter table sandbox_deliveries add constraint sandbox_deliveries_pkey primary key (tenant_id, id);

-- At most one open dispute per account, now per (tenant, account).
drop index disputes_one_open;
create unique index disputes_one_open on disputes (tenant_id, account_id) where status = 'open';

-- A portal session belongs to its payment link's tenant: the signed link token names the tenant, so
-- the session is read by (tenant_id, token_hash) next to its link. Signing out has only the cookie,
-- so the token hash keeps an index of its own.
alter table portal_sessions drop constraint portal_sessions_pkey;
alter table portal_sessions add constraint portal_sessions_pkey primary key (tenant_id, token_hash);
create index portal_sessions_token on portal_sessions (token_hash);

-- 3. Foreign keys with the tenant on both sides.
alter table accounts add constraint accounts_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table accounts add constraint accounts_tenant_id_guarantor_id_fkey foreign key (tenant_id, guarantor_id) references persons (tenant_id, id);
alter table agent_tasks add constraint agent_tasks_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table assistance_applications add constraint assistance_applications_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table assistance_applications add constraint assistance_applications_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table assistance_decisions add constraint assistance_decisions_tenant_id_application_id_fkey foreign key (tenant_id, application_id) references assistance_applications (tenant_id, id);
alter table assistance_documents add constraint assistance_documents_tenant_id_application_id_fkey foreign key (tenant_id, application_id) references assistance_applications (tenant_id, id);
alter table claim_appeals add constraint claim_appeals_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table claim_appeals add constraint claim_appeals_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table consents add constraint consents_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table contact_points add constraint contact_points_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table conversation_utterances add constraint conversation_utterances_tenant_id_conversation_id_fkey foreign key (tenant_id, conversation_id) references conversations (tenant_id, id);
alter table conversations add constraint conversations_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table disputes add constraint disputes_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table eligibility_checks add constraint eligibility_checks_tenant_id_coverage_id_fkey foreign key (tenant_id, coverage_id) references patient_coverages (tenant_id, id);
alter table eligibility_checks add constraint eligibility_checks_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table front_desk_visits add constraint front_desk_visits_tenant_id_coverage_id_fkey foreign key (tenant_id, coverage_id) references patient_coverages (tenant_id, id);
alter table front_desk_visits add constraint front_desk_visits_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table hold_releases add constraint hold_releases_tenant_id_hold_id_fkey foreign key (tenant_id, hold_id) references holds (tenant_id, id);
alter table holds add constraint holds_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table intent_reviews add constraint intent_reviews_tenant_id_conversation_id_fkey foreign key (tenant_id, conversation_id) references conversations (tenant_id, id);
alter table intent_reviews add constraint intent_reviews_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table patient_coverages add constraint patient_coverages_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table payment_links add constraint payment_links_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table payment_links add constraint payment_links_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table payment_plans add constraint payment_plans_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table payment_plans add constraint payment_plans_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table payment_refunds add constraint payment_refunds_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table payment_refunds add constraint payment_refunds_tenant_id_payment_id_fkey foreign key (tenant_id, payment_id) references payments (tenant_id, id);
alter table payments add constraint payments_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table payments add constraint payments_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table plan_history add constraint plan_history_tenant_id_plan_id_fkey foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id);
alter table plan_installments add constraint plan_installments_tenant_id_plan_id_fkey foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id);
alter table plan_payment_applications add constraint plan_payment_applications_tenant_id_plan_id_fkey foreign key (tenant_id, plan_id) references payment_plans (tenant_id, id);
alter table revocations add constraint revocations_tenant_id_person_id_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
alter table portal_sessions add constraint portal_sessions_tenant_id_link_id_fkey foreign key (tenant_id, link_id) references payment_links (tenant_id, id);
alter table account_scores add constraint account_scores_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table account_screenings add constraint account_screenings_tenant_id_account_id_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table journey_states add constraint journey_states_tenant_account_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table ledger_entries add constraint ledger_entries_account_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
alter table communications add constraint communications_tenant_person_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);
