export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Days past due (local calendar dates) to an aging bucket; not yet due is `current`. */
export function agingBucket(dueOn: string | null, today: string): AgingBucket {
  if (!dueOn) return 'current';
  const days = Math.round((Date.parse(today + 'T00:00:00Z') - Date.parse(dueOn + 'T00:00:00Z')) / 86_400_000);
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  if (days <= 120) return '91-120';
  return '120+';
}
