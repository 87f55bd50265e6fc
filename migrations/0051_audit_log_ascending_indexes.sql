-- The audit log's time and actor indexes in ascending order. Rows arrive in id and time order, so
-- an ascending index takes each new entry at the right end of its range (the rightmost leaf for
-- the newest tenant, actor or time), where PostgreSQL caches the leaf and packs a full page when it
-- splits. A descending index took every entry at the left end of its range instead: each insert
-- searched the tree down to the same leaf, which every concurrent reader's audit row then fought
-- for, and each full page split in half, so the index grew to about three times the primary key.
-- Scanned backwards, the ascending index serves `order by id desc` and time ranges exactly as the
-- descending one did.
--
-- Each index is rebuilt only while it is still descending (or missing): an operator with a large
-- audit log builds the ascending ones beforehand with `create index concurrently` under these
-- names (docs/operations.md), and this migration then leaves them as they are instead of holding
-- the audit log's writes for a rebuild. The catalogs are read directly (an index's DESC is bit 1 of
-- its `indoption`): `pg_indexes` renders every index's definition, and one being dropped by another
-- session meanwhile makes that fail.
do $$
begin
  if not exists (select 1 from pg_class c join pg_index i on i.indexrelid = c.oid where c.relnamespace = current_schema()::regnamespace and c.relname = 'audit_log_tenant_at' and 0 = all (select o & 1 from unnest(i.indoption::int2[]) o)) then
    drop index if exists audit_log_tenant_at;
    create index audit_log_tenant_at on audit_log (tenant_id, at);
  end if;
  if not exists (select 1 from pg_class c join pg_index i on i.indexrelid = c.oid where c.relnamespace = current_schema()::regnamespace and c.relname = 'audit_log_actor' and 0 = all (select o & 1 from unnest(i.indoption::int2[]) o)) then
    drop index if exists audit_log_actor;
    create index audit_log_actor on audit_log (tenant_id, actor_id, id);
  end if;
end $$;
