-- Analytics upkeep after every orchestration pass, and ZIP income a tenant loads itself.

-- The day of the last settle (the refresh that recomputes ten days behind the watermark); the
-- other refreshes of that day recompute one day only.
alter table analytics_refresh add column settled_on date;

-- A refresh deletes the rollup rows from the first day it recomputes: a range, not a scan of
-- every row the tenant has.
create index analytics_daily_day on analytics_daily(tenant_id, day);

-- Median household income by 3-digit ZIP area, loaded per tenant from a CSV the tenant supplies
-- (`kindly analytics import-zip-income`), with the source it names. Kindly ships no income data;
-- an empty table means the fairness report's income quintile is unavailable.
drop table zip_income;
create table zip_income (
  tenant_id text not null references tenants(id),
  zip3 text not null check (zip3 ~ '^[0-9]{3}$'),
  median_household_income_cents bigint not null check (median_household_income_cents > 0),
  source text not null,
  loaded_at timestamptz not null,
  primary key (tenant_id, zip3)
);
