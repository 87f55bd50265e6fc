import list from './data/adjustment-reasons.json' with { type: 'json' };

export type ReasonCategory = 'routine' | 'coding' | 'authorization' | 'information' | 'duplicate' | 'coordination' | 'eligibility' | 'timely_filing' | 'medical_necessity' | 'non_covered';

export interface ReasonDescription {
  code: string;
  category: ReasonCategory | 'unknown';
  label: string;
  explanation: string;
  fix: string;
}

const CARC = list.carc as Record<string, { category: ReasonCategory; responsibility: string; label: string; explanation: string; fix: string }>;
const RARC = list.rarc as Record<string, string>;

/** Where the code list comes from and how its wording was made (shown beside it in the app). */
export const REASON_CODE_SOURCE: string = list.source;

/** A claim adjustment reason code (CARC) in plain words; unknown codes say so instead of guessing. */
export function describeCarc(code: string): ReasonDescription {
  const c = CARC[code];
  if (c) return { code, category: c.category, label: c.label, explanation: c.explanation, fix: c.fix };
  return { code, category: 'unknown', label: `Adjustment reason ${code}`, explanation: 'This reason is not in Kindly\'s list yet: look it up in the X12 code list.', fix: 'Read the payer\'s remittance and remark codes, then correct and resubmit or appeal.' };
}

/** A remittance advice remark code (RARC) in plain words, or null when not in the list. */
export function describeRarc(code: string): string | null {
  return RARC[code] ?? null;
}

/** Codes that are part of normal adjudication, not a problem to work (deductible, copay, contract rate...). */
export function isRoutine(code: string): boolean {
  return CARC[code]?.category === 'routine';
}
