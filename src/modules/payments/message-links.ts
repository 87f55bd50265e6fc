import { and, eq, sql } from 'drizzle-orm';
import { jsonRows, type Queryable, type RowColumn } from '../../platform/db/index.js';
import { accounts } from '../ledger/index.js';
import { createLinkToken } from './create-link-token.js';
import { DEFAULT_LINK_TTL_MINUTES } from './create-payment-link.js';
import { portalLinkSecret } from './link-secret.js';
import type { LinkAction } from './link-token-format.js';
import { paymentLinks } from './schema.js';
import { normalizeLinkCode } from './link-code.js';

/**
 * What a message's link lets its holder do: everything a patient does in the portal, behind the
 * same identity check as any other link (the survey alone shows nothing private).
 */
export const MESSAGE_LINK_ACTIONS: readonly LinkAction[] = ['view_bill', 'pay', 'plan', 'assistance', 'dispute', 'preferences', 'survey'];

/** Letters take days in the mail and sit on a table: their links live longer than an email's. */
export const LETTER_LINK_TTL_MINUTES = 30 * 24 * 60;

/** The code as a letter prints it for typing: ABCD-EFGH-JKMN. */
export function formatLinkCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The path a message prints for its link (`/p/<code>`, 15 characters). */
export function messageLinkPath(code: string): string {
  return `/p/${code}`;
}

export interface MessageLinkRow {
  communicationId: string;
  personId: string;
  accountId: string;
  channel: string;
  code: string;
}

const LINK_COLUMNS: RowColumn<MessageLinkRow>[] = [
  { name: 'communication_id', type: 'text', value: (r) => r.communicationId },
  { name: 'person_id', type: 'text', value: (r) => r.personId },
  { name: 'account_id', type: 'text', value: (r) => r.accountId },
  { name: 'channel', type: 'text', value: (r) => r.channel },
  { name: 'short_code', type: 'text', value: (r) => r.code },
];

/**
 * Records the links of a batch of messages in one statement, in the caller's transaction (the
 * pass's batch write): one revocable row per message. Callers insert links only for messages they
 * inserted themselves, so a retried pass adds nothing. Letters' links last 30 days, the others
 * the standard 14.
 */
export async function insertMessageLinks(q: Queryable, opts: { tenantId: string; rows: MessageLinkRow[]; now: Date }): Promise<void> {
  if (opts.rows.length === 0) return;
  const x = jsonRows(LINK_COLUMNS, opts.rows);
  // Whole seconds, as the token carries them.
  const issued = new Date(Math.floor(opts.now.getTime() / 1000) * 1000);
  const standard = new Date(issued.getTime() + DEFAULT_LINK_TTL_MINUTES * 60_000);
  const letter = new Date(issued.getTime() + LETTER_LINK_TTL_MINUTES * 60_000);
  await q.execute(sql`insert into payment_links (id, tenant_id, person_id, account_id, actions, issued_at, expires_at, created_by, purpose, communication_id)
    select 'm' || x.short_code, ${opts.tenantId}, x.person_id, x.account_id, ${`{${MESSAGE_LINK_ACTIONS.join(',')}}`}::text[], ${issued},
      case when x.channel = 'letter' then ${letter}::timestamptz else ${standard}::timestamptz end, 'system:outreach', 'message', x.communication_id
    from ${x.source}
    on conflict do nothing`);
}

/** The row id of the link behind a short code (for staff: revoke the link a message carried). */
export function messageLinkId(code: string): string {
  return `m${code}`;
}

export type OpenMessageLinkResult =
  | { state: 'open'; token: string; linkId: string; tenantId: string; paid: boolean; expiresAt: string }
  | { state: 'paid'; tenantId: string; linkId: string }
  | { state: 'expired' | 'revoked'; tenantId: string; linkId: string }
  | { state: 'invalid' };

/**
 * What a short code opens. A live code gives the signed link token (rebuilt from the row: the same
 * claims and expiry it was minted with), so the portal works exactly as with a long link and the
 * identity check still comes first. An old code whose bill is now paid opens "this bill is paid"
 * rather than an error; a revoked code stays revoked.
 */
export async function openMessageLink(q: Queryable, opts: { code: string; appSecret: string; now: Date }): Promise<OpenMessageLinkResult> {
  const code = normalizeLinkCode(opts.code);
  if (!code) return { state: 'invalid' };
  const [link] = await q.select().from(paymentLinks).where(eq(paymentLinks.id, messageLinkId(code)));
  if (!link) return { state: 'invalid' };
  if (link.revokedAt) return { state: 'revoked', tenantId: link.tenantId, linkId: link.id };
  const [acct] = await q
    .select({ due: accounts.patientDueCents, pending: accounts.insurancePendingCents })
    .from(accounts)
    .where(and(eq(accounts.tenantId, link.tenantId), eq(accounts.id, link.accountId)));
  const paid = acct !== undefined && acct.due <= 0 && acct.pending <= 0;
  const expired = link.expiresAt.getTime() <= opts.now.getTime();
  if (expired) return paid ? { state: 'paid', tenantId: link.tenantId, linkId: link.id } : { state: 'expired', tenantId: link.tenantId, linkId: link.id };
  const token = createLinkToken({
    accountId: link.accountId,
    personId: link.personId,
    tenantId: link.tenantId,
    actions: link.actions,
    expiresAt: link.expiresAt,
    issuedAt: link.issuedAt,
    tokenId: link.id,
    secret: portalLinkSecret(opts.appSecret),
  });
  return { state: 'open', token, linkId: link.id, tenantId: link.tenantId, paid, expiresAt: link.expiresAt.toISOString() };
}
