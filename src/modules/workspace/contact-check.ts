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
