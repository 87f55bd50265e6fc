-- The refresh of the worklist's read model found the accounts left with no signal by filtering
-- the whole read model on values the same statement had just written, which the planner cannot
-- estimate: a bulk write (closing 20,000 tasks in one statement) became a nested loop over every
-- pair, 30 s instead of well under one. The accounts left empty now come from the update's own
-- returned rows and are deleted by key, whatever the plan.

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
  -- Accounts with nothing left leave the read model, found by key alone.
  if v_empty_accounts is not null then
    delete from worklist_signals w
    where (w.tenant_id, w.account_id) in (select u.t, u.a from unnest(v_empty_tenants, v_empty_accounts) u(t, a));
  end if;
end $$;
