-- Ingested coverage (FHIR Coverage, 837 subscriber loops) is copied into the front desk's list
-- (patient_coverages) when it is ingested, no longer when a patient's coverage is first read. The
-- records ingested before hold their data encrypted, out of SQL's reach: this marks their copy as
-- pending, and the next start makes it once (copyIngestedCoverages, src/server/runtime.ts). A
-- database with no such record (a new one) has nothing to copy and gets no marker.
insert into app_settings (key, value)
select 'ingested_coverage_copy', 'pending'
where exists (select 1 from ingested_records where kind = 'coverage' and person_id is not null)
on conflict (key) do nothing;
