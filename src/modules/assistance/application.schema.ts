import { z } from 'zod';
import { Household } from './fap-policy.schema.js';

const isoDate = z.iso.date({ message: 'must be a calendar date YYYY-MM-DD' });

export const DOCUMENT_KINDS = [
  'pay_stub',
  'tax_return',
  'benefit_letter',
  'employer_letter',
  'no_income_attestation',
  'asset_statement',
  'medicaid_card',
  'snap_letter',
  'wic_letter',
  'homeless_attestation',
  'death_certificate',
  'estate_attestation',
  'photo_id',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A financial assistance application as received (any field may still be missing). */
export const FapApplication = z.object({
  id: z.string().optional(),
  receivedOn: isoDate,
  household: Household.prefault({}),
  documents: z.array(z.object({ kind: DocumentKind, receivedOn: isoDate.optional() })).default([]),
  /** The applicant states in writing that the household has no income. */
  noIncomeAttestation: z.boolean().default(false),
  signedOn: isoDate.optional(),
});
export type FapApplication = z.input<typeof FapApplication>;
export type ParsedFapApplication = z.output<typeof FapApplication>;
