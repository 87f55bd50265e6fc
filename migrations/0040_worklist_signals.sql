-- The worklist's signal tier as a read model kept on write: one row per account that may carry a
-- signal (an open task that is not routine, a missed plan, a hardship score over the threshold, a
-- pending promise to pay), with the account's rank key copied in. The first worklist page ranks
-- these rows alone and reads `accounts` only for the rows it shows, instead of reading every open
-- task of the tenant and probing `accounts` once for each.
--
-- What depends on the clock is stored as data and decided by the query: a snoozed task lifts its
-- account once `snoozed_until` has passed, a pending promise once its date is at most two days
-- ahead. Everything else is summed here.
--
-- The constants below must stay the ones in src/modules/workspace/worklist-priority.ts
-- (ROUTINE_TASK_KINDS, SIGNAL_POINTS, OTHER_TASK_POINTS, HARDSHIP_SIGNAL_THRESHOLD and _POINTS,
-- PROMISE_DUE_SOON_POINTS) and RANK_KEY_SQL; worklist-signals.db.test.ts compares the page with
-- the definition read straight from the sources.
create table worklist_signals (
  tenant_id text not null,
  account_id text not null,
  -- RANK_KEY_SQL of the account, and whether it is in the queue at all (patient_due_cents > 0);
  -- null and false while the account row does not exist.
  rank_key bigint,
  listed boolean not null,
  -- Signals in effect whatever the time: unsnoozed open tasks, missed plans, hardship.
  fixed_pts integer not null,
  fixed_kinds text[] not null,
  -- Snoozed open tasks, one element each: the account is lifted by pts once the time has come.
  snoozed_until timestamptz[] not null,
  snoozed_pts integer[] not null,
  snoozed_kinds text[] not null,
  -- Pending promises to pay, one date each.
  promise_due_on date[] not null,
  primary key (tenant_id, account_id)
);
-- Rows with nothing left are deleted, so the table holds only signalled accounts; updates rewrite
-- whole rows, kept on their page when there is room.
alter table worklist_signals set (fillfactor = 70);
-- The page reads rows whose points do not depend on the clock in rank order from this index, and
-- scores the few others (a snoozed task, a pending promise) at the time of the request.
create index worklist_signals_rank on worklist_signals (tenant_id, (rank_key - fixed_pts), account_id)
  where listed and cardinality(snoozed_until) = 0 and cardinality(promise_due_on) = 0;
create index worklist_signals_clocked on worklist_signals (tenant_id)
  where listed and (cardinality(snoozed_until) > 0 or cardinality(promise_due_on) > 0);

-- Recomputes the rows of the given accounts from the four sources and the account itself.
-- Writers refreshing the same account take turns: each first share-locks the account row (so a
-- balance change cannot slip between reading the account and writing its rank key; taken first, in
-- the order the accounts trigger takes them, so the two never wait on each other in a circle), then
-- makes sure the account's read-model row exists and locks it, then reads the sources with a fresh
-- snapshot, so whoever refreshes last has seen every committed write.
create or replace function worklist_signals_refresh(p_tenants text[], p_accounts text[]) returns void
language plpgsql as $$
declare v_empty_tenants text[]; v_empty_accounts text[];
begin
  if coalesce(cardinality(p_accounts), 0) = 0 then return; end if;
  perform 1 from accounts x
  where (x.tenant_id, x.id) in (select u.t, u.a from unnest(p_tenants, p_accounts) u(t, a))
  order by x.tenant_id, x.id for share;
  insert into worklist_signals (tenant_id, account_id, rank_key, listed, fixed_pts, fixed_kinds, snoozed_until, snoozed_pts, snoozed_kinds, promise_due_on)
  select distinct u.t, u.a, null::bigint, false, 0, '{}'::text[], '{}'::timestamptz[], '{}'::integer[], '{}'::text[], '{}'::date[]
  from unnest(p_tenants, p_accounts) u(t, a) where u.a is not null
  order by 1, 2
  on conflict (tenant_id, account_id) do nothing;
  perform 1 from worklist_signals w
  where (w.tenant_id, w.account_id) in (select u.t, u.a from unnest(p_tenants, p_accounts) u(t, a))
  order by w.tenant_id, w.account_id for update;
  with k as (
    select distinct u.t as tenant_id, u.a as account_id from unnest(p_tenants, p_accounts) u(t, a) where u.a is not null
  ), src as (
    select k.tenant_id, k.account_id, case when t.snoozed_until is null then 'fixed' else 'snoozed' end as part,
           case t.kind when 'callback' then 300 when 'promise_followup' then 250 when 'plan' then 250 else 150 end as pts,
           t.kind, t.snoozed_until as until, null::date as due
    from k
    join agent_tasks t on t.tenant_id = k.tenant_id and t.account_id = k.account_id and t.status = 'open'
    where t.kind <> all (array['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release'])
    union all
    select k.tenant_id, k.account_id, 'fixed', 250, 'plan_missed', null, null
    from k
    join payment_plans p on p.tenant_id = k.tenant_id and p.account_id = k.account_id and p.status in ('missed', 'grace')
    union all
    select k.tenant_id, k.account_id, 'fixed', 120, 'hardship_likely', null, null
    from k
    join account_scores c on c.tenant_id = k.tenant_id and c.account_id = k.account_id and c.hardship >= 0.7
    union all
    select k.tenant_id, k.account_id, 'promise', 200, 'promise_due', null, o.promise_due_on
    from k
    join account_outcomes o on o.tenant_id = k.tenant_id and o.account_id = k.account_id and o.promise_status = 'pending' and o.promise_due_on is not null
  ), agg as (
    select k.tenant_id, k.account_id,
           case when a.id is not null then (2 * (coalesce(a.due_on, a.service_date, date '2100-01-01') - date '2000-01-01') - least(a.patient_due_cents, 500000) / 1000) end as rank_key,
           coalesce(a.patient_due_cents > 0, false) as listed,
           coalesce(sum(s.pts) filter (where s.part = 'fixed'), 0) as fixed_pts,
           coalesce(array_agg(distinct s.kind) filter (where s.part = 'fixed'), '{}') as fixed_kinds,
           coalesce(array_agg(s.until order by s.until, s.kind) filter (where s.part = 'snoozed'), '{}') as snoozed_until,
           coalesce(array_agg(s.pts order by s.until, s.kind) filter (where s.part = 'snoozed'), '{}') as snoozed_pts,
           coalesce(array_agg(s.kind order by s.until, s.kind) filter (where s.part = 'snoozed'), '{}') as snoozed_kinds,
           coalesce(array_agg(s.due order by s.due) filter (where s.part = 'promise'), '{}') as promise_due_on
    from k
    left join src s on s.tenant_id = k.tenant_id and s.account_id = k.account_id
    left join accounts a on a.tenant_id = k.tenant_id and a.id = k.account_id
    group by k.tenant_id, k.account_id, a.id, a.due_on, a.service_date, a.patient_due_cents
  ), updated as (
    update worklist_signals w
    set rank_key = agg.rank_key, listed = agg.listed, fixed_pts = agg.fixed_pts, fixed_kinds = agg.fixed_kinds,
        snoozed_until = agg.snoozed_until, snoozed_pts = agg.snoozed_pts, snoozed_kinds = agg.snoozed_kinds, promise_due_on = agg.promise_due_on
    from agg
    where w.tenant_id = agg.tenant_id and w.account_id = agg.account_id
    returning w.tenant_id, w.account_id, w.fixed_pts, w.snoozed_until, w.promise_due_on
  )
  select array_agg(u.tenant_id), array_agg(u.account_id) into v_empty_tenants, v_empty_accounts
  from updated u
  where u.fixed_pts = 0 and cardinality(u.snoozed_until) = 0 and cardinality(u.promise_due_on) = 0;
  -- Accounts with nothing left leave the read model. They come from the update's own rows and are
  -- deleted by key: filtering the read model on values this statement just wrote is a guess the
  -- planner gets wrong (one row), which made closing thousands of tasks at once quadratic.
  if v_empty_accounts is not null then
    delete from worklist_signals w
    where (w.tenant_id, w.account_id) in (select u.t, u.a from unnest(v_empty_tenants, v_empty_accounts) u(t, a));
  end if;
end $$;

-- Statement-level triggers with transition tables: a bulk write (ingestion, a scoring run, an
-- outreach pass) costs one set-based step, and only the rows that can change a signal are looked at.
create or replace function worklist_signals_from_tasks() returns trigger
language plpgsql as $$
declare t text[]; a text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.tenant_id), array_agg(n.account_id) into t, a from worklist_new n
    where n.account_id is not null and n.status = 'open' and n.kind <> all (array['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release']);
  elsif tg_op = 'UPDATE' then
    select array_agg(x.tenant_id), array_agg(x.account_id) into t, a from (
      select o.tenant_id, o.account_id, o.kind, o.status from worklist_old o
      union all
      select n.tenant_id, n.account_id, n.kind, n.status from worklist_new n) x
    where x.account_id is not null and x.status = 'open' and x.kind <> all (array['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release']);
  else
    select array_agg(o.tenant_id), array_agg(o.account_id) into t, a from worklist_old o
    where o.account_id is not null and o.status = 'open' and o.kind <> all (array['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release']);
  end if;
  perform worklist_signals_refresh(coalesce(t, '{}'), coalesce(a, '{}'));
  return null;
end $$;
create trigger worklist_signals_tasks_insert after insert on agent_tasks referencing new table as worklist_new
  for each statement execute function worklist_signals_from_tasks();
create trigger worklist_signals_tasks_update after update on agent_tasks referencing old table as worklist_old new table as worklist_new
  for each statement execute function worklist_signals_from_tasks();
create trigger worklist_signals_tasks_delete after delete on agent_tasks referencing old table as worklist_old
  for each statement execute function worklist_signals_from_tasks();

create or replace function worklist_signals_from_plans() returns trigger
language plpgsql as $$
declare t text[]; a text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.tenant_id), array_agg(n.account_id) into t, a from worklist_new n where n.status in ('missed', 'grace');
  elsif tg_op = 'UPDATE' then
    select array_agg(x.tenant_id), array_agg(x.account_id) into t, a from (
      select o.tenant_id, o.account_id, o.status from worklist_old o
      union all
      select n.tenant_id, n.account_id, n.status from worklist_new n) x
    where x.status in ('missed', 'grace');
  else
    select array_agg(o.tenant_id), array_agg(o.account_id) into t, a from worklist_old o where o.status in ('missed', 'grace');
  end if;
  perform worklist_signals_refresh(coalesce(t, '{}'), coalesce(a, '{}'));
  return null;
end $$;
create trigger worklist_signals_plans_insert after insert on payment_plans referencing new table as worklist_new
  for each statement execute function worklist_signals_from_plans();
create trigger worklist_signals_plans_update after update on payment_plans referencing old table as worklist_old new table as worklist_new
  for each statement execute function worklist_signals_from_plans();
create trigger worklist_signals_plans_delete after delete on payment_plans referencing old table as worklist_old
  for each statement execute function worklist_signals_from_plans();

-- A scoring run rewrites every account's scores: only accounts whose hardship crossed the threshold
-- either way (compared with what the read model holds) are recomputed.
create or replace function worklist_signals_from_scores() returns trigger
language plpgsql as $$
declare t text[]; a text[];
begin
  if tg_op = 'DELETE' then
    select array_agg(o.tenant_id), array_agg(o.account_id) into t, a from worklist_old o where o.hardship >= 0.7;
  else
    select array_agg(n.tenant_id), array_agg(n.account_id) into t, a
    from worklist_new n left join worklist_signals w on w.tenant_id = n.tenant_id and w.account_id = n.account_id
    where (n.hardship >= 0.7) <> coalesce('hardship_likely' = any (w.fixed_kinds), false);
  end if;
  perform worklist_signals_refresh(coalesce(t, '{}'), coalesce(a, '{}'));
  return null;
end $$;
create trigger worklist_signals_scores_insert after insert on account_scores referencing new table as worklist_new
  for each statement execute function worklist_signals_from_scores();
create trigger worklist_signals_scores_update after update on account_scores referencing new table as worklist_new
  for each statement execute function worklist_signals_from_scores();
create trigger worklist_signals_scores_delete after delete on account_scores referencing old table as worklist_old
  for each statement execute function worklist_signals_from_scores();

create or replace function worklist_signals_from_outcomes() returns trigger
language plpgsql as $$
declare t text[]; a text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.tenant_id), array_agg(n.account_id) into t, a from worklist_new n where n.promise_status = 'pending';
  elsif tg_op = 'UPDATE' then
    select array_agg(x.tenant_id), array_agg(x.account_id) into t, a from (
      select o.tenant_id, o.account_id, o.promise_status from worklist_old o
      union all
      select n.tenant_id, n.account_id, n.promise_status from worklist_new n) x
    where x.promise_status = 'pending';
  else
    select array_agg(o.tenant_id), array_agg(o.account_id) into t, a from worklist_old o where o.promise_status = 'pending';
  end if;
  perform worklist_signals_refresh(coalesce(t, '{}'), coalesce(a, '{}'));
  return null;
end $$;
create trigger worklist_signals_outcomes_insert after insert on account_outcomes referencing new table as worklist_new
  for each statement execute function worklist_signals_from_outcomes();
create trigger worklist_signals_outcomes_update after update on account_outcomes referencing old table as worklist_old new table as worklist_new
  for each statement execute function worklist_signals_from_outcomes();
create trigger worklist_signals_outcomes_delete after delete on account_outcomes referencing old table as worklist_old
  for each statement execute function worklist_signals_from_outcomes();

-- The account's rank key and whether it is listed follow the account; only accounts already in the
-- read model are touched (a join of the written rows with this small table).
create or replace function worklist_signals_from_accounts() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update worklist_signals w set rank_key = null, listed = false
    from worklist_old o where w.tenant_id = o.tenant_id and w.account_id = o.id;
  else
    update worklist_signals w
    set rank_key = (2 * (coalesce(n.due_on, n.service_date, date '2100-01-01') - date '2000-01-01') - least(n.patient_due_cents, 500000) / 1000),
        listed = n.patient_due_cents > 0
    from worklist_new n
    where w.tenant_id = n.tenant_id and w.account_id = n.id
      and (w.rank_key is distinct from (2 * (coalesce(n.due_on, n.service_date, date '2100-01-01') - date '2000-01-01') - least(n.patient_due_cents, 500000) / 1000)
           or w.listed is distinct from (n.patient_due_cents > 0));
  end if;
  return null;
end $$;
create trigger worklist_signals_accounts_insert after insert on accounts referencing new table as worklist_new
  for each statement execute function worklist_signals_from_accounts();
create trigger worklist_signals_accounts_update after update on accounts referencing new table as worklist_new
  for each statement execute function worklist_signals_from_accounts();
create trigger worklist_signals_accounts_delete after delete on accounts referencing old table as worklist_old
  for each statement execute function worklist_signals_from_accounts();

-- Every account with a possible signal, recomputed: the backfill below, and after a bulk load that
-- ran with triggers off (session_replication_role = replica).
create or replace function worklist_signals_rebuild() returns void
language plpgsql as $$
declare t text[]; a text[];
begin
  delete from worklist_signals;
  select array_agg(x.tenant_id), array_agg(x.account_id) into t, a from (
    select tenant_id, account_id from agent_tasks where status = 'open' and account_id is not null
      and kind <> all (array['call', 'work_denial', 'claim_followup', 'security_review', 'review_hold_release'])
    union
    select tenant_id, account_id from payment_plans where status in ('missed', 'grace')
    union
    select tenant_id, account_id from account_scores where hardship >= 0.7
    union
    select tenant_id, account_id from account_outcomes where promise_status = 'pending' and promise_due_on is not null) x;
  perform worklist_signals_refresh(coalesce(t, '{}'), coalesce(a, '{}'));
end $$;

select worklist_signals_rebuild();
