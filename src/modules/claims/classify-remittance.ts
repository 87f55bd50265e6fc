import type { AdjustmentGroup, RemittanceRecord } from '../ingestion/index.js';
import { describeCarc, describeRarc, isRoutine, type ReasonCategory } from './reason-codes.js';

export interface DenialReason {
  group: AdjustmentGroup;
  code: string;
  amountCents: number;
  category: ReasonCategory | 'unknown';
  label: string;
  explanation: string;
  fix: string;
  /** Only a PR (patient responsibility) adjustment may ever be billed to the patient. */
  billableToPatient: boolean;
}

export interface RemittanceClassification {
  kind: 'denied' | 'partially_paid' | null;
  /** The amount the payer refused for reasons that are not routine. */
  deniedCents: number;
  reasons: DenialReason[];
  remarks: Array<{ code: string; explanation: string | null }>;
  /** The CARC with the largest amount (the worklist groups by it); null when none. */
  primaryCode: string | null;
}

const GROUP_WORDS: Record<AdjustmentGroup, string> = {
  CO: 'the provider\'s to resolve (contractual): never billed to the patient',
  OA: 'other adjustment: not billed to the patient',
  PI: 'payer initiated: not billed to the patient',
  PR: 'patient responsibility under the plan',
  CR: 'correction or reversal',
};

/** Plain words for a claim adjustment group code. */
export const describeGroup = (g: AdjustmentGroup): string => GROUP_WORDS[g];

/**
 * Decides whether a claim payment needs the billing office: denied (CLP02 4, or nothing paid with
 * a non-routine reason) or partially paid (paid, but some of it refused for a non-routine reason).
 * Routine adjustments (contract rate, deductible, coinsurance, copay, prior payer) are not denials.
 * A reversal (CLP02 22) is not a denial either: its original payment is what is being corrected.
 */
export function classifyRemittance(r: RemittanceRecord): RemittanceClassification {
  const all = [...r.adjustments, ...r.serviceLines.flatMap((l) => l.adjustments)];
  const byCode = new Map<string, DenialReason>();
  for (const a of all) {
    if (isRoutine(a.reason)) continue;
    const k = `${a.group}-${a.reason}`;
    const seen = byCode.get(k);
    if (seen) {
      seen.amountCents += a.amountCents;
      continue;
    }
    const d = describeCarc(a.reason);
    byCode.set(k, { group: a.group, code: a.reason, amountCents: a.amountCents, category: d.category, label: d.label, explanation: d.explanation, fix: d.fix, billableToPatient: a.group === 'PR' });
  }
  const reasons = [...byCode.values()].sort((x, y) => y.amountCents - x.amountCents || x.code.localeCompare(y.code));
  const remarkCodes = [...new Set(r.serviceLines.flatMap((l) => l.remarks.map((m) => m.code)))];
  const remarks = remarkCodes.map((code) => ({ code, explanation: describeRarc(code) }));
  const deniedCents = reasons.reduce((s, x) => s + x.amountCents, 0);
  let kind: RemittanceClassification['kind'] = null;
  if (r.claimStatusCode === '22') kind = null;
  else if (r.claimStatusCode === '4' || (r.paidCents === 0 && (r.chargeCents ?? 0) > 0 && reasons.length > 0)) kind = 'denied';
  else if (reasons.length > 0 && deniedCents > 0) kind = 'partially_paid';
  return { kind, deniedCents, reasons, remarks, primaryCode: reasons[0]?.code ?? null };
}
