-- Ingested source records, their history, the quarantine, ingestion runs (file names, error lines)
-- and assistance households hold PHI (names, birth dates, addresses, incomes): they are stored encrypted by the application
-- (`kx1:` AES-256-GCM text, docs/encryption.md). The start-up step encrypts the rows this
-- migration leaves in plain text.

-- The few non-PHI values that SQL filters and joins on are kept beside the record, plain:
-- remittances: claim status, paid and charged cents, the patient control number (CLP01);
-- claims: the first claim identifier and the first encounter key (the account it bills).
alter table ingested_records add column facts jsonb;
update ingested_records set facts = jsonb_strip_nulls(jsonb_build_object(
    'claimStatusCode', data->>'claimStatusCode',
    'paidCents', (data->>'paidCents')::bigint,
    'chargeCents', (data->>'chargeCents')::bigint,
    'patientControlNumber', data->>'patientControlNumber'))
  where kind = 'remittance';
update ingested_records set facts = jsonb_strip_nulls(jsonb_build_object(
    'claimRef', data->'identifiers'->0->>'value',
    'accountKey', data->'encounterKeys'->>0))
  where kind = 'claim';

alter table ingested_records alter column data type text using data::text;
alter table ingested_record_history alter column data type text using data::text;
alter table assistance_applications alter column household type text using household::text;
-- File names (often a patient's name) and run summaries (error lines may quote a refused value).
alter table ingestion_runs alter column files type text using files::text;
alter table ingestion_runs alter column summary type text using summary::text;
