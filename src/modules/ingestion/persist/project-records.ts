import { hash } from 'node:crypto';
import { stableId } from '../../../platform/ids/index.js';
import type { NewLedgerEntry } from '../../ledger/index.js';
import { timeZonesForAddress } from '../../people/index.js';
import type { BalanceRecord, CanonicalRecord, ClaimAdjustment, CoverageRecord, EobRecord, PatientRecord, RemittanceRecord } from '../types.js';

/** Content hash of a record without its source location (moving a record in a file is no change). */
export function recordHash(record: CanonicalRecord): string {
  return recordVersion(record).hash;
}

/**
 * A record's content hash and the JSON text stored for it: the hash covers the content without
 * `source`; the stored text is the record without its null fields (absent means null in every
 * canonical record, see types.ts), which halves what the database writes per record.
 */
export function recordVersion(record: CanonicalRecord): { hash: string; json: string } {
  const { source: _source, ...content } = record;
  return { hash: hash('sha256', JSON.stringify(content), 'hex').slice(0, 16), json: JSON.stringify(record, withoutNulls) };
}

const withoutNulls = (_key: string, value: unknown) => (value === null ? undefined : value);

/** The deceased hold's id is derived from the person, so re-ingesting never adds a second one. */
export const deceasedHoldId = (personId: string) => stableId('hold', personId, 'deceased');

export const personIdFor = (tenantId: string, personKey: string) => stableId('person', tenantId, personKey);
export const accountIdFor = (tenantId: string, accountKey: string) => stableId('account', tenantId, accountKey);

export interface PersonRow {
  id: string;
  tenantId: string;
  externalRef: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  sex: string | null;
  language: string;
  addressLine: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  timeZone: string;
  extraTimeZones: string[];
  deceased: boolean;
  email: string | null;
  phone: string | null;
}

export interface AccountRow {
  id: string;
  tenantId: string;
  personId: string;
  externalRef: string;
  facility: string | null;
  serviceDate: string | null;
  dischargeDate: string | null;
}

/** The front desk's copy of an ingested coverage (`patient_coverages`, source `ingested`). */
export interface CoverageRow {
  id: string;
  personId: string;
  sourceKey: string;
  payerId: string | null;
  payerName: string;
  memberId: string;
  groupId: string | null;
  planName: string | null;
  relationship: string;
  priority: number;
}

/**
 * The coverage row an ingested Coverage projects to, or null when there is nothing to bill (self
 * pay, no member or subscriber id, no payer name). Its id is derived from the record's key, so a
 * record projected twice (a re-run, the start-up backfill) lands on the same row.
 */
export function coverageFromRecord(tenantId: string, personId: string, c: CoverageRecord): CoverageRow | null {
  if (c.selfPay) return null;
  const memberId = c.memberId ?? c.subscriberId;
  if (!memberId || !c.payerName) return null;
  return {
    id: stableId('coverage', tenantId, c.key),
    personId,
    sourceKey: c.key,
    payerId: c.payerKey?.replace(/^payer\|/, '') ?? null,
    payerName: c.payerName,
    memberId,
    groupId: c.groupId,
    planName: c.planName,
    relationship: c.relationship ?? 'self',
    priority: c.order ?? 1,
  };
}

const fullDate = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
const language = (l: string | null) => (l && l.toLowerCase().startsWith('es') ? 'es' : 'en');

export function personFromPatient(tenantId: string, p: PatientRecord, fallbackZone: string): PersonRow {
  const state = p.address?.state ?? null;
  const tz = timeZonesForAddress(state, fallbackZone);
  return {
    id: personIdFor(tenantId, p.key),
    tenantId,
    externalRef: p.key,
    // Synthea appends digits to names (Maria123); they are part of the source's name and kept as is.
    givenName: p.givenNames.join(' ') || 'Unknown',
    familyName: p.familyName ?? 'Unknown',
    birthDate: fullDate(p.birthDate),
    sex: p.gender,
    language: language(p.language),
    addressLine: p.address?.lines.join(', ') || null,
    city: p.address?.city ?? null,
    state: state && state.length === 2 ? state.toUpperCase() : state ? stateCode(state) : null,
    postalCode: p.address?.postalCode ?? null,
    timeZone: tz.primary,
    extraTimeZones: tz.extra,
    deceased: p.deceased,
    email: p.email,
    phone: p.phone,
  };
}

const STATE_NAMES: Record<string, string> = { massachusetts: 'MA', california: 'CA', 'new york': 'NY', texas: 'TX', florida: 'FL', ohio: 'OH', washington: 'WA', maryland: 'MD', colorado: 'CO', minnesota: 'MN', illinois: 'IL', arizona: 'AZ' };
function stateCode(name: string): string | null {
  return STATE_NAMES[name.trim().toLowerCase()] ?? null;
}

export function personFromBalance(tenantId: string, b: BalanceRecord, fallbackZone: string): PersonRow {
  const state = b.state ? b.state.toUpperCase() : null;
  const tz = timeZonesForAddress(state, fallbackZone);
  const key = b.personId ? `csv-person|${b.personId}` : `csv-account|${b.accountNumber}`;
  return {
    id: personIdFor(tenantId, key),
    tenantId,
    externalRef: key,
    givenName: b.firstName ?? 'Unknown',
    familyName: b.lastName ?? 'Unknown',
    birthDate: b.birthDate,
    sex: null,
    language: language(b.language),
    addressLine: b.addressLine,
    city: b.city,
    state,
    postalCode: b.postalCode,
    timeZone: tz.primary,
    extraTimeZones: tz.extra,
    deceased: false,
    email: b.email,
    phone: b.phone,
  };
}

/** Legs that post one entry, and legs that post an -out/-in pair (responsibility transfers). */
const SINGLE_LEGS = ['charge', 'paid', 'co', 'pos', 'patient-paid'] as const;
const PAIR_LEGS = ['ded', 'coins', 'copay', 'pr', 'pr-deductible', 'pr-coinsurance', 'pr-copay', 'pr-other'] as const;
type PairLeg = (typeof PAIR_LEGS)[number];
export type EntryLeg = (typeof SINGLE_LEGS)[number] | `${PairLeg}-out` | `${PairLeg}-in`;
/** Every leg a record version can have posted: a correction finds its old entries by exact ref. */
export const ENTRY_LEGS: readonly EntryLeg[] = [...SINGLE_LEGS, ...PAIR_LEGS.flatMap((l) => [`${l}-out` as const, `${l}-in` as const])];

/** Entry builder bound to one record version: refs look like `kind|key|hash|leg`. */
export function entryFactory(tenantId: string, record: CanonicalRecord, hash: string, accountId: string, postedAt: Date) {
  const prefix = `${record.kind}|${record.key}|${hash}`;
  return (leg: EntryLeg, kind: NewLedgerEntry['kind'], amountCents: number, bucket: 'insurance' | 'patient', effectiveOn: string, memo?: string | null): NewLedgerEntry => ({
    id: stableId('entry', tenantId, `${prefix}|${leg}`),
    tenantId,
    accountId,
    kind,
    amountCents,
    bucket,
    effectiveOn,
    postedAt,
    source: 'ingest',
    sourceRef: `${prefix}|${leg}`,
    memo: memo ?? null,
  });
}

export function entryPrefix(kind: string, key: string, hash: string): string {
  return `${kind}|${key}|${hash}|`;
}

type Entry = ReturnType<ReturnType<typeof entryFactory>>;

/** Patient responsibility moves from the insurance bucket to the patient's, one pair per part. */
function responsibilityPair(make: ReturnType<typeof entryFactory>, leg: PairLeg, cents: number, on: string, memo: string | null): Entry[] {
  if (!cents) return [];
  return [make(`${leg}-out`, 'patient_responsibility', -cents, 'insurance', on, memo), make(`${leg}-in`, 'patient_responsibility', cents, 'patient', on, memo)];
}

export function eobEntries(make: ReturnType<typeof entryFactory>, eob: EobRecord, fallbackDate: string): Entry[] {
  const on = eob.billablePeriodEnd ?? eob.billablePeriodStart ?? eob.createdAt?.slice(0, 10) ?? fallbackDate;
  const t = eob.totals;
  const paid = t.paidCents ?? eob.paymentCents ?? 0;
  const deductible = t.deductibleCents ?? 0;
  const coinsurance = t.coinsuranceCents ?? 0;
  const copay = t.copayCents ?? 0;
  const pr = t.patientResponsibilityCents ?? deductible + coinsurance + copay;
  const other = Math.max(0, pr - deductible - coinsurance - copay);
  const submitted = t.submittedCents ?? 0;
  const contractual = Math.max(0, submitted - paid - pr);
  const out: Entry[] = [];
  if (paid) out.push(make('paid', 'insurer_payment', -paid, 'insurance', on, eob.insurerName));
  if (contractual) out.push(make('co', 'contractual_adjustment', -contractual, 'insurance', on));
  out.push(...responsibilityPair(make, 'ded', deductible, on, 'deductible'));
  out.push(...responsibilityPair(make, 'coins', coinsurance, on, 'coinsurance'));
  out.push(...responsibilityPair(make, 'copay', copay, on, 'copay'));
  out.push(...responsibilityPair(make, 'pr', other, on, null));
  if (t.paidByPatientCents) out.push(make('pos', 'patient_payment', -t.paidByPatientCents, 'patient', on, 'Paid at the visit'));
  return out;
}

/** CARC 1, 2, 3 under group PR are deductible, coinsurance and copay (X12 claim adjustment reason codes). */
const PR_MEMO: Record<string, 'deductible' | 'coinsurance' | 'copay'> = { '1': 'deductible', '2': 'coinsurance', '3': 'copay' };

export function remittanceEntries(make: ReturnType<typeof entryFactory>, r: RemittanceRecord, fallbackDate: string): Entry[] {
  const on = r.paymentDate ?? r.statementTo ?? fallbackDate;
  const all: ClaimAdjustment[] = [...r.adjustments, ...r.serviceLines.flatMap((l) => l.adjustments)];
  const out: Entry[] = [];
  if (r.paidCents) out.push(make('paid', 'insurer_payment', -r.paidCents, 'insurance', on, r.payer.name));
  const notBillable = all.filter((a) => a.group !== 'PR').reduce((s, a) => s + a.amountCents, 0);
  if (notBillable) out.push(make('co', 'contractual_adjustment', -notBillable, 'insurance', on, 'Adjustment not billable to the patient'));
  const byMemo = new Map<'deductible' | 'coinsurance' | 'copay' | null, number>();
  for (const a of all.filter((x) => x.group === 'PR')) {
    const memo = PR_MEMO[a.reason] ?? null;
    byMemo.set(memo, (byMemo.get(memo) ?? 0) + a.amountCents);
  }
  for (const [memo, cents] of byMemo) out.push(...responsibilityPair(make, `pr-${memo ?? 'other'}`, cents, on, memo));
  return out;
}

export function balanceEntries(make: ReturnType<typeof entryFactory>, b: BalanceRecord): Entry[] {
  const on = b.serviceDate;
  const insPaid = b.insurancePaidCents ?? 0;
  const adj = b.adjustmentsCents ?? 0;
  const patientPaid = b.patientPaidCents ?? 0;
  const charges = b.chargesCents ?? b.balanceCents + insPaid + adj + patientPaid;
  const patientShare = charges - insPaid - adj;
  const out: Entry[] = [make('charge', 'charge', charges, 'insurance', on)];
  if (insPaid) out.push(make('paid', 'insurer_payment', -insPaid, 'insurance', on, b.payerName));
  if (adj) out.push(make('co', 'contractual_adjustment', -adj, 'insurance', on));
  out.push(...responsibilityPair(make, 'pr', patientShare, on, null));
  if (patientPaid) out.push(make('patient-paid', 'patient_payment', -patientPaid, 'patient', on));
  return out;
}

/** A CSV row must add up: charges - insurance paid - adjustments - patient paid = balance. */
export function balanceInconsistency(b: BalanceRecord): string | null {
  if (b.chargesCents === null) return null;
  const expected = b.chargesCents - (b.insurancePaidCents ?? 0) - (b.adjustmentsCents ?? 0) - (b.patientPaidCents ?? 0);
  return expected === b.balanceCents ? null : `balance ${b.balanceCents} cents does not equal charges minus payments and adjustments (${expected} cents)`;
}
