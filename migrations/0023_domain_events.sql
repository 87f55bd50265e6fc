-- The domain-event outbox: a module that changes something another module reacts to (a payment
-- settles, a plan changes, an assistance application is decided) writes an event row in its own
-- transaction, so the event exists exactly when the change commits; the subscriber consumes it
-- later. Money modules tell outreach this way instead of calling it.
create table if not exists domain_events (
  tenant_id text not null references tenants(id),
  id bigint generated always as identity,
  type text not null,
  payload jsonb not null,
  occurred_at timestamptz not null,
  consumed_at timestamptz,
  primary key (tenant_id, id)
);
-- Subscribers read a tenant's pending events of one type in order.
create index if not exists domain_events_pending on domain_events(tenant_id, type, id) where consumed_at is null;

-- Outreach reads an account's plan from the plans module (payment_plans) and no longer keeps a copy.
alter table journey_states drop column if exists plan;
