-- Ingestion throughput (issue 3): fewer and cheaper index entries per ingested record.

-- Claim identifiers get their own indexed table, so an 835's patient control number is matched by
-- a key probe instead of scanning every claim's JSON (which grew with the tenant's history).
create table ingested_claim_refs (
  tenant_id text not null,
  ref text not null,
  account_id text not null,
  primary key (tenant_id, ref, account_id)
);
insert into ingested_claim_refs (tenant_id, ref, account_id)
  select distinct r.tenant_id, i->>'value', r.account_id
  from ingested_records r, jsonb_array_elements(coalesce(r.data->'identifiers', '[]'::jsonb)) i
  where r.kind = 'claim' and r.account_id is not null and i->>'value' is not null;

-- Source records are kept as validated JSON text: ingestion writes every one and reads back only a
-- claim's encounter now and then, so decomposing them into jsonb on every write was wasted work.
alter table ingested_records alter column data type json using data::json;
alter table ingested_record_history alter column data type json using data::json;

-- Batches probe by the primary key (tenant, kind, key); these indexes had no reader.
drop index ingested_records_key;
drop index ingested_records_person;
drop index ingested_records_account;

-- A ledger entry's tenant and account are checked together by one composite foreign key (also
-- proving the account belongs to the entry's tenant) instead of two separate per-row checks.
alter table accounts add constraint accounts_tenant_id_id unique (tenant_id, id);
alter table ledger_entries
  drop constraint ledger_entries_tenant_id_fkey,
  drop constraint ledger_entries_account_id_fkey,
  add constraint ledger_entries_account_fkey foreign key (tenant_id, account_id) references accounts (tenant_id, id);
