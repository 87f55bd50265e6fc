-- Whether a coverage names Medicaid (or Medi-Cal) or Medicare, decided once when the row is written
-- instead of by three case-insensitive pattern matches per row in every nightly scoring run and
-- every screening of the book (the matches were about a tenth of scoring's feature query). Stored
-- generated columns: PostgreSQL sets them on every insert and on every update of the payer or plan
-- name (an eligibility check may fill in the plan), whoever writes the row; adding them computes
-- them for every existing row in the same statement. The expressions must stay the ones scoring's
-- features and screening define (payer_medicaid, payer_medicare; presumptive Medicaid).
alter table patient_coverages
  add column names_medicaid boolean generated always as (payer_name ilike '%medicaid%' or payer_name ilike '%medi-cal%' or coalesce(plan_name, '') ilike '%medicaid%') stored,
  add column names_medicare boolean generated always as (payer_name ilike '%medicare%' or coalesce(plan_name, '') ilike '%medicare%') stored;
