import type { SQL } from 'drizzle-orm';
import type { AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { evaluate, type RuleSet } from '../compliance/index.js';
import { contactQuestion, loadSnapshots, questionColumnsSql, questionSnapshotsOf, type ContactQuestionInput, type QuestionColumns } from '../outreach/index.js';
import { tenantRuleSetOfVersion } from '../policies/index.js';

/**
 * The call check reads what the compliance question asks (contactQuestion): not the person's
 * given name or contact values, which are then neither sent nor decrypted.
 */
const QUESTION_ONLY = { personal: false, ruleSetVersion: true } as const;

export type ContactChannel = 'call' | 'sms' | 'email' | 'letter' | 'voicemail';

/**
 * May an agent contact this account's person on this channel now? The same snapshot and engine
 * that outreach uses, so the worklist and the journeys never disagree.
 */
export async function checkContact(db: Db, ctx: AccessContext, accountId: string, channel: ContactChannel, at: Date = ctx.clock.now()) {
  // The snapshot carries the tenant's rule-set version, so the check is one statement.
  const [snapshot] = await loadSnapshots(db, [accountId], at, QUESTION_ONLY);
  const ruleSet = snapshot && snapshot.tenant.id === ctx.tenantId ? await tenantRuleSetOfVersion(db, ctx.tenantId, snapshot.tenant.ruleSetVersion ?? null) : undefined;
  return decideContact(ctx, accountId, snapshot, ruleSet, channel, at);
}

/**
 * checkContact's answer from a snapshot and rule set already read. The snapshot carries its
 * tenant: another tenant's account is reported exactly like a missing one.
 */
export function decideContact(ctx: AccessContext, accountId: string, snapshot: ContactQuestionInput | undefined, ruleSet: RuleSet | undefined, channel: ContactChannel, at: Date) {
  if (!snapshot || snapshot.tenant.id !== ctx.tenantId || !ruleSet) throw notFound('account');
  const question = contactQuestion(snapshot, { id: `check-${accountId}-${channel}`, channel, at, autodialed: false });
  const decision = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null; ruleSetVersion?: string };
  return { channel, at: at.toISOString(), ...decision, question };
}

/**
 * The same question for a page of accounts at once (one snapshot load, one rule set), so the
 * worklist marks "callable now" with exactly the engine outreach and the account page use.
 */
export async function checkContacts(db: Db, ctx: AccessContext, accountIds: string[], channel: ContactChannel, at: Date = ctx.clock.now()) {
  if (accountIds.length === 0) return new Map<string, ContactCheck>();
  return decideContacts(db, ctx, await loadSnapshots(db, accountIds, at, QUESTION_ONLY), channel, at);
}

export interface ContactCheck {
  allowed: boolean;
  reasons: string[];
  earliestAllowedAt: string | null;
}

/**
 * What checkContacts reads, as select-list columns of a list's own statement (accounts of the
 * caller's tenant, each with its persons row `person`), so the list and its call check are one
 * statement (outreach's questionColumnsSql); answer with checkContactsOfRows.
 */
export function contactCheckColumnsSql(tenantId: string, person: string, at: Date): SQL {
  return questionColumnsSql(tenantId, person, at);
}

/** checkContacts' answers for rows read with contactCheckColumnsSql (the same `at`), each with its account, person and person's language. */
export async function checkContactsOfRows(db: Db, ctx: AccessContext, rows: Array<{ accountId: string; personId: string; language: string | null; q: QuestionColumns }>, channel: ContactChannel, at: Date) {
  if (rows.length === 0) return new Map<string, ContactCheck>();
  return decideContacts(db, ctx, questionSnapshotsOf(ctx.tenantId, rows, at), channel, at);
}

async function decideContacts(db: Db, ctx: AccessContext, found: ContactQuestionInput[], channel: ContactChannel, at: Date) {
  const out = new Map<string, ContactCheck>();
  const snapshots = found.filter((s) => s.tenant.id === ctx.tenantId);
  if (snapshots.length === 0) return out;
  const ruleSet = await tenantRuleSetOfVersion(db, ctx.tenantId, snapshots[0]!.tenant.ruleSetVersion ?? null);
  for (const s of snapshots) {
    const question = contactQuestion(s, { id: `check-${s.account.id}-${channel}`, channel, at, autodialed: false });
    const d = evaluate(question, { ruleSet }) as { allowed: boolean; reasons: string[]; earliestAllowedAt?: string | null };
    out.set(s.account.id, { allowed: d.allowed, reasons: d.reasons, earliestAllowedAt: d.earliestAllowedAt ?? null });
  }
  return out;
}
