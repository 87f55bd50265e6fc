-- The payment-policy version a plan was set up under: the tenant's `payment_policy` document
-- version (config_documents, same tenant_id), 0 when the tenant's settings or Kindly's defaults
-- were in use, null for plans set up before the version was recorded. Read with tenant_id like
-- every other plan column, so it stays a plain column on the distributed table.
alter table payment_plans add column if not exists payment_policy_version integer;
