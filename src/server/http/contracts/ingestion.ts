import { z } from 'zod';

const Count = z.number().int();

/** A record that could not be ingested: where it is and why. */
export const IngestError = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  entry: z.number().int().nullable().optional(),
  segment: z.number().int().nullable().optional(),
  field: z.string().nullable(),
  message: z.string(),
});
export type IngestError = z.infer<typeof IngestError>;

/** What one ingest did: records read by kind, what changed, and every rejected record. */
export const IngestSummary = z.object({
  runId: z.string(),
  files: Count,
  patients: Count,
  coverages: Count,
  encounters: Count,
  claims: Count,
  /** The charges billed to insurers on the 837 claims read. */
  chargesCents: Count,
  eobs: Count,
  remittances: z.object({
    files: Count,
    claims: Count,
    paidCents: Count,
    patientResponsibilityCents: Count,
    /** By claim adjustment group (CO, PR, OA, PI, CR). */
    adjustmentsCents: z.record(z.string(), Count),
    unmatched: Count,
  }),
  balances: Count,
  created: Count,
  updated: Count,
  unchanged: Count,
  rejected: Count,
  errors: z.array(IngestError),
});
export type IngestSummary = z.infer<typeof IngestSummary>;

/**
 * A run's summary as it was stored when the run finished (the first 100 errors only). Runs kept
 * from earlier versions may lack newer counts, so the page's counts are named and the rest passes.
 */
export const StoredIngestSummary = z.looseObject({ created: Count, updated: Count, unchanged: Count, rejected: Count, errors: z.array(IngestError).optional() });
export type StoredIngestSummary = z.infer<typeof StoredIngestSummary>;

export const IngestionRun = z.object({
  id: z.string(),
  tenantId: z.string(),
  actorId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** running, completed, completed_with_rejections or failed. */
  status: z.string(),
  files: z.array(z.string()),
  /** Null while the run is going or when it failed. */
  summary: StoredIngestSummary.nullable(),
});
export type IngestionRun = z.infer<typeof IngestionRun>;
export const IngestionRunList = z.object({ items: z.array(IngestionRun) });
export type IngestionRunList = z.infer<typeof IngestionRunList>;

/** A rejected record in the quarantine, with the refused input. */
export const IngestionRejection = z.object({
  id: z.string(),
  tenantId: z.string(),
  runId: z.string(),
  file: z.string(),
  line: z.number().int().nullable(),
  entry: z.number().int().nullable(),
  segment: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  recordKind: z.string().nullable(),
  raw: z.string().nullable(),
  status: z.enum(['open', 'resubmitted', 'dismissed']),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});
export type IngestionRejection = z.infer<typeof IngestionRejection>;
export const IngestionRejectionList = z.object({ items: z.array(IngestionRejection) });
export type IngestionRejectionList = z.infer<typeof IngestionRejectionList>;

export const Resubmitted = z.object({ resolved: z.boolean(), summary: IngestSummary });
export type Resubmitted = z.infer<typeof Resubmitted>;

export const Dismissed = z.object({ dismissed: z.boolean() });
export type Dismissed = z.infer<typeof Dismissed>;
