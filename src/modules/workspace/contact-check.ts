import type { AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { evaluate, type RuleSet } from '../compliance/index.js';
import { contactQuestion, loadSnapshots } from '../outreach/index.js';
import { loadTenantRuleSet } from '../policies/index.js';

export type ContactChannel = 'call' | 'sms' | 'email' | 'letter' | 'voicemail';

/**
 * May an agent contact this account's person on this channel now? The same snapshot and engine
 * that outreach uses, so the worklist and the journeys never disagree.
 */
export async function checkContact(db: Db, ctx: AccessContext, accountId: string, channel: ContactChannel, at: Date = ctx.clock.now()) {
  // The snapshot and the rule set are independent reads, so they go to the pool together.
  const [[snapshot], ruleSet] = await Promise.all([loadSnapshots(db, [accountId], at), loadTenantRuleSet(db, ctx.tenantId)]);
  return decideContact(ctx, accountId, snapshot, ruleSet, channel, at);
}

/**
 * checkContact's answer from a snapshot and rule set the caller already read (the account 360
 * reads the rule-set version with its own statement). The snapshot carries its tenant: another
 * tenant's account is reported exactly like a missing one.
 */
export function decideContact(ctx: AccessContext, accountId: string, snapshot: ContactSnapshot | undefined, ruleSet: RuleSet, channel: ContactChannel, at: Date) {
  if (!snapshot || snapshot.tenant.id !== ctx.tenantId) throw notFound('account');
  const question = contactQuestion(snapshot, { id: `check-${accountId}-${channel}`, channel, at, autodialed: false });
  const decision = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null; ruleSetVersion?: string };
  return { channel, at: at.toISOString(), ...decision, question };
}

type ContactSnapshot = Awaited<ReturnType<typeof loadSnapshots>>[number];

/**
 * The same question for a page of accounts at once (one snapshot load, one rule set), so the
 * worklist marks "callable now" with exactly the engine outreach and the account page use.
 */
export async function checkContacts(db: Db, ctx: AccessContext, accountIds: string[], channel: ContactChannel, at: Date = ctx.clock.now()) {
  const out = new Map<string, { allowed: boolean; reasons: string[]; earliestAllowedAt: string | null }>();
  if (accountIds.length === 0) return out;
  const [snapshots, ruleSet] = await Promise.all([loadSnapshots(db, accountIds, at), loadTenantRuleSet(db, ctx.tenantId)]);
  for (const s of snapshots) {
    if (s.tenant.id !== ctx.tenantId) continue;
    const question = contactQuestion(s, { id: `check-${s.account.id}-${channel}`, channel, at, autodialed: false });
    const d = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null };
    out.set(s.account.id, { allowed: d.allowed, reasons: d.reasons, earliestAllowedAt: d.earliestAllowedAt ?? null });
  }
  return out;
}
