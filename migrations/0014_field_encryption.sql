-- Field-level encryption of PHI at rest (docs/encryption.md). Encrypted values are text
-- (`kx1:<key id>:<base64url>`), so the columns stay text; a date of birth becomes text too.
-- Existing plain values are encrypted by a one-time step the application runs after migrations
-- (it needs the key, which SQL never sees).

alter table persons alter column birth_date type text using birth_date::text;

-- Blind indexes (HMAC-SHA256 of the normalized value) for exact-match search.
alter table persons add column if not exists name_bidx text;
alter table persons add column if not exists family_bidx text;
create index if not exists persons_name_bidx on persons(tenant_id, name_bidx);
create index if not exists persons_family_bidx on persons(tenant_id, family_bidx);

alter table contact_points add column if not exists value_bidx text;
-- Each encryption of a value differs, so uniqueness and lookups go by the blind index.
alter table contact_points drop constraint if exists contact_points_tenant_id_person_id_system_value_key;
create unique index if not exists contact_points_value_bidx_unique on contact_points(tenant_id, person_id, system, value_bidx);
create index if not exists contact_points_lookup on contact_points(tenant_id, system, value_bidx);
