-- Orchestration pass at scale (issue 6).

-- A pass reads each batch's holds by (tenant, person), recently resolved ones included (the
-- compliance question needs them), which the partial holds_person index cannot serve.
create index holds_tenant_person on holds(tenant_id, person_id);

-- A journey state's tenant and account are checked together by one composite foreign key (which
-- also proves the account belongs to that tenant) instead of three per-row checks: the first pass
-- over a new tenant inserts a state for every account. person_id is copied from the account when
-- the state is created, and the account's own foreign key keeps that person alive.
alter table journey_states
  drop constraint journey_states_account_id_fkey,
  drop constraint journey_states_tenant_id_fkey,
  drop constraint journey_states_person_id_fkey,
  add constraint journey_states_tenant_account_fkey foreign key (tenant_id, account_id) references accounts(tenant_id, id);
