import { useQuery } from '@tanstack/react-query';
import { api, type Me } from '../ui/api';
import type { DisputeView } from '@contracts/disputes';

/** Plain words for dispute codes. */
export const CATEGORY_LABEL: Record<string, string> = {
  amount: 'Amount is wrong',
  insurance: 'Insurance should have paid',
  already_paid: 'Already paid',
  not_mine: 'Not their bill',
  services: 'Services not received',
  other: 'Something else',
  original_creditor: 'Asked who the original creditor is',
};
export const SOURCE_LABEL: Record<string, string> = { portal: 'Patient portal', reply: 'Reply to a message', call: 'Phone call' };
export const RESOLUTION_LABEL: Record<string, string> = { corrected: 'Corrected', verified: 'Verified', not_ours: 'Not their debt', original_creditor: 'Original creditor named' };
export const HOLD_LABEL: Record<string, string> = {
  dispute: 'Dispute',
  cease_communication: 'Asked us to stop contacting them',
  attorney: 'Has an attorney',
  bankruptcy: 'Bankruptcy',
  deceased: 'Deceased',
  assistance_pending: 'Assistance application pending',
  insurance_pending: 'Waiting for insurance',
};

export function statusLabel(d: DisputeView): string {
  if (d.status === 'open') return d.overdue ? 'Open · answer overdue' : 'Open · collection paused';
  return `${RESOLUTION_LABEL[d.resolution ?? ''] ?? 'Resolved'}${d.collectionResumedAt ? ' · collection resumed' : ''}`;
}

export const shortDate = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** The signed-in staff member (same query the app shell makes). */
export function useMe() {
  return useQuery<Me>({ queryKey: ['me'], queryFn: () => api<Me>('/api/v1/me') });
}

/** Mirrors src/modules/identity/roles.ts for what these pages show; the server enforces it. */
export const CAN = {
  record: ['access_representative', 'collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin'],
  resolve: ['billing_specialist', 'admin'],
  release: ['compliance_officer'],
  rules: ['compliance_officer', 'admin'],
};
export const can = (me: Me | undefined, what: keyof typeof CAN) => Boolean(me?.roles.some((r) => CAN[what].includes(r)));

/** Badge colour for a dispute (filled, shades dark enough for white text at 4.5:1). */
export const badgeColor = (d: DisputeView) => (d.status === 'open' ? (d.overdue ? 'red.9' : 'blue.8') : 'green.9');
/** Link and help-text colours with enough contrast on white (the defaults fall short). */
export const LINK = 'blue.8';
export const MUTED = 'gray.7';
