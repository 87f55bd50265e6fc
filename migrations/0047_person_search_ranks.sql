-- A name search ranks the accounts of up to 500 people found by a blind index. Each person row now
-- carries its accounts' ids and rank keys (RANK_KEY_SQL in src/modules/workspace/worklist-priority.ts),
-- in account id order, so the search reads them with the person (the blind-index scan fetches the
-- person row anyway) instead of probing accounts_person once per person; it then reads `accounts`
-- only for the rows it shows.
--
-- Null means "not known": the search then reads that person's accounts from `accounts`, as before.
-- A person starts null; the accounts triggers below fill the arrays when an account of theirs is
-- written, and keep them current afterwards. A bulk load that runs with triggers off
-- (session_replication_role = replica) calls person_search_rebuild() afterwards.
alter table persons add column if not exists search_account_ids text[];
alter table persons add column if not exists search_rank_keys bigint[];

-- Applies the changes of one statement on `accounts` to the persons it touched: per person, the
-- account ids to take out and the (id, rank key) pairs to put in. The new arrays are computed from
-- the person row being updated, so two writers changing accounts of the same person compose (the
-- second waits for the first's row lock and then recomputes from the row the first committed). A
-- person still null is filled from `accounts` as this statement sees it.
create or replace function person_search_apply(p_tenants text[], p_persons text[], p_removed text[], p_added text[], p_keys bigint[]) returns void
language plpgsql as $$
begin
  if coalesce(cardinality(p_persons), 0) = 0 then return; end if;
  update persons p
  set (search_account_ids, search_rank_keys) = (
    select coalesce(array_agg(e.id order by e.id), '{}'), coalesce(array_agg(e.k order by e.id), '{}')
    from (
      select s.id, s.k from unnest(p.search_account_ids, p.search_rank_keys) s(id, k)
      where p.search_account_ids is not null and s.id <> all (c.removed) and s.id <> all (c.added)
      union all
      select v.id, v.k from unnest(c.added, c.keys) v(id, k)
      where p.search_account_ids is not null
      union all
      select a.id, (2 * (coalesce(a.due_on, a.service_date, date '2100-01-01') - date '2000-01-01') - least(a.patient_due_cents, 500000) / 1000)
      from accounts a
      where p.search_account_ids is null and a.tenant_id = p.tenant_id and a.person_id = p.id) e)
  from (
    select x.t, x.p,
      coalesce(array_agg(x.removed) filter (where x.removed is not null), '{}') as removed,
      coalesce(array_agg(x.added) filter (where x.added is not null), '{}') as added,
      coalesce(array_agg(x.k) filter (where x.added is not null), '{}') as keys
    from unnest(p_tenants, p_persons, p_removed, p_added, p_keys) x(t, p, removed, added, k)
    group by x.t, x.p) c
  where p.tenant_id = c.t and p.id = c.p;
end $$;

create or replace function person_search_from_accounts() returns trigger
language plpgsql as $$
declare t text[]; p text[]; r text[]; a text[]; k bigint[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.tenant_id), array_agg(n.person_id), array_agg(null::text), array_agg(n.id),
           array_agg(2 * (coalesce(n.due_on, n.service_date, date '2100-01-01') - date '2000-01-01') - least(n.patient_due_cents, 500000) / 1000)
    into t, p, r, a, k from person_search_new n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.tenant_id), array_agg(o.person_id), array_agg(o.id), array_agg(null::text), array_agg(null::bigint)
    into t, p, r, a, k from person_search_old o;
  else
    -- Only rows whose person or rank key changed (a status or payment date change touches no person).
    select array_agg(x.t), array_agg(x.p), array_agg(x.r), array_agg(x.a), array_agg(x.k) into t, p, r, a, k
    from (
      select c.* from (
        select o.tenant_id as ot, o.person_id as op, o.id as oid, n.tenant_id as nt, n.person_id as np, n.id as nid,
               2 * (coalesce(o.due_on, o.service_date, date '2100-01-01') - date '2000-01-01') - least(o.patient_due_cents, 500000) / 1000 as ok,
               2 * (coalesce(n.due_on, n.service_date, date '2100-01-01') - date '2000-01-01') - least(n.patient_due_cents, 500000) / 1000 as nk
        from person_search_old o full join person_search_new n on n.tenant_id = o.tenant_id and n.id = o.id) d
      cross join lateral (values (d.ot, d.op, d.oid, null::text, null::bigint), (d.nt, d.np, null::text, d.nid, d.nk)) c(t, p, r, a, k)
      where (d.oid is null or d.nid is null or d.op is distinct from d.np or d.ot is distinct from d.nt or d.ok is distinct from d.nk)
        and c.t is not null) x;
  end if;
  perform person_search_apply(t, p, r, a, k);
  return null;
end $$;
create trigger person_search_accounts_insert after insert on accounts referencing new table as person_search_new
  for each statement execute function person_search_from_accounts();
create trigger person_search_accounts_update after update on accounts referencing old table as person_search_old new table as person_search_new
  for each statement execute function person_search_from_accounts();
create trigger person_search_accounts_delete after delete on accounts referencing old table as person_search_old
  for each statement execute function person_search_from_accounts();

-- Every person's arrays recomputed from `accounts` (a person without accounts gets empty arrays):
-- the backfill below, and after a bulk load that ran with triggers off. The persons are rewritten
-- in the table's order, one correlated read of accounts_person each, so the rows keep their order
-- relative to each other (the order in which a search meets people of one name).
create or replace function person_search_rebuild() returns void
language plpgsql as $$
begin
  update persons p
  set (search_account_ids, search_rank_keys) = (
    select coalesce(array_agg(a.id order by a.id), '{}'),
           coalesce(array_agg(2 * (coalesce(a.due_on, a.service_date, date '2100-01-01') - date '2000-01-01') - least(a.patient_due_cents, 500000) / 1000 order by a.id), '{}')
    from accounts a where a.tenant_id = p.tenant_id and a.person_id = p.id);
end $$;

select person_search_rebuild();
