-- Ingested coverage (FHIR Coverage, 837 subscriber loops) is copied into the front desk's list
-- (patient_coverages) when it is ingested, no longer when a patient's coverage is first read. The
-- records ingested before hold their data encrypted, out of SQL's reach: this marks their copy as
-- pending, and the next start makes it once (copyIngestedCoverages, src/server/runtime.ts).
insert into app_settings (key, value) values ('ingested_coverage_copy', 'pending') on conflict (key) do nothing;
