import type { AdjustmentGroup, Cents, IngestEvent } from '../types.js';

/** The `remittances` part of the `kindly ingest` summary (../shared/contracts/cli.md). */
export interface RemittanceSummary {
  /** Distinct files that contributed at least one remittance. */
  files: number;
  claims: number;
  /** Sum of CLP04 over every claim payment. */
  paidCents: Cents;
  /** Sum of CLP05 (absent counts as 0). */
  patientResponsibilityCents: Cents;
  /** Sum of CAS amounts by group code, claim-level and service-level together. */
  adjustmentsCents: Record<AdjustmentGroup, Cents>;
}

/** Totals over the `remittance` events of a stream (other events are ignored). */
export function summarize835(records: Iterable<IngestEvent>): RemittanceSummary {
  const files = new Set<string>();
  const adjustmentsCents: Record<AdjustmentGroup, Cents> = { CO: 0, PR: 0, OA: 0, PI: 0, CR: 0 };
  let claims = 0;
  let paidCents = 0;
  let patientResponsibilityCents = 0;
  for (const r of records) {
    if (r.kind !== 'remittance') continue;
    files.add(r.source.file);
    claims++;
    paidCents += r.paidCents;
    patientResponsibilityCents += r.patientResponsibilityCents ?? 0;
    for (const a of r.adjustments) adjustmentsCents[a.group] += a.amountCents;
    for (const s of r.serviceLines) for (const a of s.adjustments) adjustmentsCents[a.group] += a.amountCents;
  }
  return { files: files.size, claims, paidCents, patientResponsibilityCents, adjustmentsCents };
}
