/** A date-based check on one day: the blocking reasons and the next day any of them could lift. */
export interface DayCheck {
  reasons: readonly string[];
  /** Next day worth trying; Infinity when nothing but a person can lift the block. */
  next: number;
}

export const NEVER = Number.POSITIVE_INFINITY;
/** How far ahead a date-based search looks (ten years covers every statutory wait). */
export const HORIZON_DAYS = 3660;

/**
 * The first day from `first.next` on that passes every date-based rule at once, or null. Each
 * failed day jumps to the latest of its blocks' lift days, so the search is a few steps, not a scan.
 */
export function earliestAllowedDay(on: number, first: DayCheck, checkOn: (day: number) => DayCheck): number | null {
  if (first.reasons.length === 0) return null;
  let day = first.next;
  for (let step = 0; step < 50 && day !== NEVER && day - on <= HORIZON_DAYS; step++) {
    const c = checkOn(day);
    if (c.reasons.length === 0) return day;
    day = c.next > day ? c.next : day + 1;
  }
  return null;
}
