-- Dates of birth are encrypted; the front desk finds a patient by one through this blind index.
alter table persons add column if not exists birth_bidx text;
create index if not exists persons_birth_bidx on persons(tenant_id, birth_bidx) where birth_bidx is not null;
