import { buildInterchange, centsToX12, clean, readInterchange, x12ToCents, ymd } from './x12-wire.js';

export const VERSION_276 = '005010X212';

/** One claim whose status the billing office asks the payer about. */
export interface ClaimStatusInquiry {
  trace: string;
  control: number;
  at: Date;
  provider: { name: string; npi: string };
  payer: { name: string; id: string };
  subscriber: { lastName: string; firstName: string; memberId: string };
  /** CLM01 as sent on the 837. */
  claimControlNumber: string;
  chargeCents: number;
  serviceFrom: string;
  serviceTo: string;
}

/** A 277 answer: the claim status category (STC01-1) and status code (STC01-2). */
export interface ClaimStatusResult {
  trace: string | null;
  claimControlNumber: string | null;
  categoryCode: string | null;
  statusCode: string | null;
  /** Plain words for the category, for the worklist. */
  summary: string;
  payerClaimNumber: string | null;
  chargeCents: number | null;
  paidCents: number | null;
  effectiveDate: string | null;
}

/** Claim status categories (X12 external code source 507), in plain words. */
export const STATUS_CATEGORIES: Record<string, string> = {
  A0: 'Acknowledged: forwarded to another entity',
  A1: 'Acknowledged: received, not yet accepted',
  A2: 'Accepted for processing',
  A3: 'Returned as unprocessable: it needs to be corrected and sent again',
  A4: 'Not found by the payer',
  A7: 'Rejected: it needs to be corrected and sent again',
  P0: 'Pending: still being adjudicated',
  P1: 'Pending: in process',
  P2: 'Pending: under review by the payer',
  P3: 'Pending: the payer asked for more information',
  P4: 'Pending: the patient must give the payer information',
  F0: 'Finalized',
  F1: 'Finalized: paid',
  F2: 'Finalized: denied',
  F3: 'Finalized: revised',
  F4: 'Finalized: no payment will be made',
  E0: 'The payer could not answer: response not possible',
  E1: 'The payer could not answer: system unavailable',
};

/** Builds a 005010X212 claim status request (276) for one claim. */
export function build276(q: ClaimStatusInquiry): string {
  const body: string[][] = [
    ['BHT', '0010', '13', clean(q.trace), ymd(q.at), q.at.toISOString().slice(11, 16).replace(':', '')],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'PR', '2', clean(q.payer.name), '', '', '', '', 'PI', clean(q.payer.id)],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '41', '2', clean(q.provider.name), '', '', '', '', '46', clean(q.provider.npi)],
    ['HL', '3', '2', '19', '1'],
    ['NM1', '1P', '2', clean(q.provider.name), '', '', '', '', 'XX', clean(q.provider.npi)],
    ['HL', '4', '3', '22', '0'],
    ['NM1', 'IL', '1', clean(q.subscriber.lastName), clean(q.subscriber.firstName), '', '', '', 'MI', clean(q.subscriber.memberId)],
    ['TRN', '1', clean(q.trace)],
    ['REF', 'EJ', clean(q.claimControlNumber)],
    ['AMT', 'T3', centsToX12(q.chargeCents)],
    ['DTP', '472', 'RD8', `${q.serviceFrom.replace(/-/g, '')}-${q.serviceTo.replace(/-/g, '')}`],
  ];
  return buildInterchange({ senderId: 'KINDLY', receiverId: clean(q.payer.id), functionalId: 'HR', version: VERSION_276, transactionSet: '276', control: q.control, at: q.at }, body);
}

/** Reads the claim a 276 asks about (for the sandbox responder). */
export function read276(text: string): { trace: string | null; claimControlNumber: string | null; chargeCents: number | null; payer: { name: string; id: string }; subscriber: { lastName: string; firstName: string; memberId: string } } {
  const { segments } = readInterchange(text);
  if (segments.find((s) => s.tag === 'ST')?.e[1] !== '276') throw new Error('ST01: not a 276 claim status request');
  const payer = segments.find((s) => s.tag === 'NM1' && s.e[1] === 'PR');
  const sub = segments.find((s) => s.tag === 'NM1' && s.e[1] === 'IL');
  return {
    trace: segments.find((s) => s.tag === 'TRN')?.e[2] ?? null,
    claimControlNumber: segments.find((s) => s.tag === 'REF' && s.e[1] === 'EJ')?.e[2] ?? null,
    chargeCents: x12ToCents(segments.find((s) => s.tag === 'AMT' && s.e[1] === 'T3')?.e[2]),
    payer: { name: payer?.e[3] ?? '', id: payer?.e[9] ?? '' },
    subscriber: { lastName: sub?.e[3] ?? '', firstName: sub?.e[4] ?? '', memberId: sub?.e[9] ?? '' },
  };
}

/** Reads a 005010X212 claim status response (277): the first claim-level STC. */
export function parse277(text: string): ClaimStatusResult {
  const { segments, component } = readInterchange(text);
  if (segments.find((s) => s.tag === 'ST')?.e[1] !== '277') throw new Error('ST01: not a 277 claim status response');
  const stc = segments.find((s) => s.tag === 'STC');
  const [category = null, status = null] = stc?.e[1]?.split(component) ?? [];
  const d = stc?.e[2];
  return {
    trace: segments.find((s) => s.tag === 'TRN')?.e[2] ?? null,
    claimControlNumber: segments.find((s) => s.tag === 'REF' && s.e[1] === 'EJ')?.e[2] ?? null,
    categoryCode: category,
    statusCode: status,
    summary: category ? STATUS_CATEGORIES[category] ?? `Status category ${category}` : 'No status in the answer',
    payerClaimNumber: segments.find((s) => s.tag === 'REF' && s.e[1] === '1K')?.e[2] ?? null,
    chargeCents: x12ToCents(stc?.e[4]),
    paidCents: x12ToCents(stc?.e[5]),
    effectiveDate: d && d.length === 8 ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null,
  };
}
