-- Orchestration passes claim each tenant's due journey states in (next_eval_at, account_id) order
-- and continue each batch where the last one stopped, so a pass reads every due state once; with
-- the single-column index every batch collected and sorted all due states (quadratic in them).
create index journey_states_due_order on journey_states(tenant_id, next_eval_at, account_id);
drop index journey_states_due;
