-- The top reasons of each score as two short integer arrays instead of JSON: the nightly run
-- rewrites every score row, and the JSON (about 512 of a row's 690 bytes, every number formatted
-- as text and parsed back) was a third of its database work. Slots: pay_30's three reasons, then
-- pay_90's, then hardship's, the largest first.
--   reason_features: ±(position of the feature in the scoring module's FEATURES list, from 1),
--                    + when it raised the score, − when it lowered it, 0 for an empty slot;
--   reason_values:   the feature's value in ten-thousandths (it is shown rounded to 4 decimals).
-- The module turns them into the same plain words as before when they are read.
alter table account_scores add column if not exists reason_features smallint[] not null default '{}';
alter table account_scores add column if not exists reason_values integer[] not null default '{}';

-- Existing rows: {"pay_30": [[feature, value, ±1], ...], ...} into the slots above.
update account_scores set
  reason_features = array(
    select coalesce((reasons -> t.target -> k ->> 2)::int * array_position(array[
        'log_balance', 'days_past_due', 'payments_last_year', 'days_since_last_payment', 'prompt_paid_bills',
        'had_plan', 'plan_trouble', 'inbound_replies_90d', 'failed_messages_90d', 'messages_sent_90d',
        'prior_assistance_approved', 'prior_assistance_applied', 'payer_medicaid', 'payer_medicare', 'payer_self_pay',
        'log_other_balance', 'income_known', 'balance_share_of_monthly_income', 'income_at_or_below_200_fpl', 'zip_low_income'
      ]::text[], reasons -> t.target -> k ->> 0), 0)::smallint
    from unnest(array['pay_30', 'pay_90', 'hardship']) with ordinality as t(target, n), generate_series(0, 2) as k
    order by t.n, k),
  reason_values = array(
    select coalesce(round((reasons -> t.target -> k ->> 1)::numeric * 10000)::int, 0)
    from unnest(array['pay_30', 'pay_90', 'hardship']) with ordinality as t(target, n), generate_series(0, 2) as k
    order by t.n, k);

alter table account_scores drop column reasons;
