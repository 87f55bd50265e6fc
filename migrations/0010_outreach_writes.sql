-- Communications and journey states are written by the thousand in every orchestration pass (issue 6).

-- One composite foreign key checks a message's tenant and person together (and proves the person
-- belongs to that tenant) instead of two per-row checks.
alter table persons add constraint persons_tenant_id_id unique (tenant_id, id);
alter table communications
  drop constraint communications_tenant_id_fkey,
  drop constraint communications_person_id_fkey,
  add constraint communications_tenant_person_fkey foreign key (tenant_id, person_id) references persons (tenant_id, id);

-- Journey states are inserted for every account on a tenant's first pass and rewritten on every
-- later one. The two writers that went by person (a reply re-decides the person's journeys, plan
-- servicing asks for re-evaluation) now find the accounts through accounts_person, so this index
-- only cost each of those writes.
drop index journey_states_person;
