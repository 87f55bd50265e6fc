import { and, eq } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { evaluate } from '../compliance/index.js';
import { accounts } from '../ledger/index.js';
import { contactQuestion, loadSnapshots } from '../outreach/index.js';
import { loadTenantRuleSet } from '../policies/index.js';

export type ContactChannel = 'call' | 'sms' | 'email' | 'letter' | 'voicemail';

/**
 * May an agent contact this account's person on this channel now? The same snapshot and engine
 * that outreach uses, so the worklist and the journeys never disagree.
 */
export async function checkContact(db: Db, ctx: AccessContext, accountId: string, channel: ContactChannel, at: Date = ctx.clock.now()) {
  const [a] = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.tenantId, ctx.tenantId), eq(accounts.id, accountId)));
  if (!a) throw notFound('account');
  const [snapshot] = await loadSnapshots(db, [accountId], at);
  if (!snapshot) throw notFound('account');
  const question = contactQuestion(snapshot, { id: `check-${accountId}-${channel}`, channel, at, autodialed: false });
  const ruleSet = await loadTenantRuleSet(db, ctx.tenantId);
  const decision = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null; ruleSetVersion?: string };
  return { channel, at: at.toISOString(), ...decision, question };
}

/**
 * The same question for a page of accounts at once (one snapshot load, one rule set), so the
 * worklist marks "callable now" with exactly the engine outreach and the account page use.
 */
export async function checkContacts(db: Db, ctx: AccessContext, accountIds: string[], channel: ContactChannel, at: Date = ctx.clock.now()) {
  const out = new Map<string, { allowed: boolean; reasons: string[]; earliestAllowedAt: string | null }>();
  if (accountIds.length === 0) return out;
  const snapshots = await loadSnapshots(db, accountIds, at);
  const ruleSet = await loadTenantRuleSet(db, ctx.tenantId);
  for (const s of snapshots) {
    if (s.tenant.id !== ctx.tenantId) continue;
    const question = contactQuestion(s, { id: `check-${s.account.id}-${channel}`, channel, at, autodialed: false });
    const d = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null };
    out.set(s.account.id, { allowed: d.allowed, reasons: d.reasons, earliestAllowedAt: d.earliestAllowedAt ?? null });
  }
  return out;
}
