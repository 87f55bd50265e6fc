-- Dates of birth are encrypted; the front desk finds a patient by one through this blind index.
alter table persons add column if not exists birth_bidx text;
create index if not exists persons_birth_bidx on persons(tenant_id, birth_bidx) where birth_bidx is not null;

-- Reporting keys kept plain because outcome analytics groups by them in SQL while the date of birth
-- and the address are encrypted: the birth year (age bands) and the 3-digit ZIP area (income
-- quintiles), both coarse enough that HIPAA's Safe Harbor lets them stand outside a limited data set.
-- (text like the other derived keys, so the key maintenance step writes them all the same way)
alter table persons add column if not exists birth_year text;
alter table persons add column if not exists zip3 text;
