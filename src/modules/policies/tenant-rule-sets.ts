import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { rows, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { compileRuleSet, DEFAULT_RULE_SET, type RuleSet } from '../compliance/index.js';

export const tenantRuleSets = pgTable(
  'tenant_rule_sets',
  {
    tenantId: text('tenant_id').notNull(),
    version: text('version').notNull(),
    overrides: jsonb('overrides').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.version] })],
);

// Compiled rule sets by tenant and version: a version never changes once saved, so caching is safe.
const compiled = new Map<string, RuleSet>();

/**
 * The name of the tenant's newest saved rule-set version (null when none), as a scalar subquery, so
 * a read that needs the rule set can bring it back with its own rows (see tenantRuleSetOfVersion).
 */
export const tenantRuleSetVersionSql = (tenantId: SQL) => sql`(select version from tenant_rule_sets where tenant_id = ${tenantId} order by created_at desc limit 1)`;

/** The tenant's current rule set (its newest saved overrides on the shipped rules), or the shipped one. */
export async function loadTenantRuleSet(q: Queryable, tenantId: string): Promise<RuleSet> {
  // Outreach asks at every pass and every send: read only the newest version's name (one index
  // probe, no JSON), and the overrides only for a version not compiled yet.
  const [latest] = await rows<{ version: string }>(q, sql`select version from tenant_rule_sets where tenant_id = ${tenantId} order by created_at desc limit 1`);
  return tenantRuleSetOfVersion(q, tenantId, latest?.version ?? null);
}

/**
 * The rule set of a tenant's saved version (`version` as tenantRuleSetVersionSql read it; null:
 * the shipped rules). A version is compiled once per process; only then are its overrides read.
 */
export async function tenantRuleSetOfVersion(q: Queryable, tenantId: string, version: string | null): Promise<RuleSet> {
  if (version === null) return DEFAULT_RULE_SET;
  const key = `${tenantId}|${version}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const [saved] = await q.select().from(tenantRuleSets).where(and(eq(tenantRuleSets.tenantId, tenantId), eq(tenantRuleSets.version, version)));
  if (!saved) return DEFAULT_RULE_SET;
  const result = compileRuleSet(saved.overrides);
  // A stored version was validated when saved; if the shipped rules moved under it, fail closed
  // to the shipped rules rather than run without any.
  const ruleSet = result.ok ? result.ruleSet : DEFAULT_RULE_SET;
  compiled.set(key, ruleSet);
  return ruleSet;
}

/** Saves a new version of the tenant's overrides after validating it; every problem is listed at once. */
export async function saveTenantRuleSet(q: Queryable, ctx: AccessContext, overrides: unknown): Promise<{ version: string; ruleSetVersion: string }> {
  const result = compileRuleSet(overrides);
  if (!result.ok) {
    throw new AppError('validation_failed', {
      message: result.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      issues: result.errors.map((e) => ({ path: e.path, message: e.message })),
    });
  }
  const version = (overrides as { version: string }).version;
  const inserted = await q
    .insert(tenantRuleSets)
    .values({ tenantId: ctx.tenantId, version, overrides: overrides as object, createdAt: ctx.clock.now(), createdBy: ctx.actor.id })
    .onConflictDoNothing()
    .returning({ version: tenantRuleSets.version });
  if (!inserted.length) throw new AppError('conflict', { message: `rule set version ${version} already exists; versions are immutable, save a new one` });
  await audit(q, ctx, { action: 'write', recordType: 'tenant_rule_set', recordId: version });
  return { version, ruleSetVersion: result.ruleSet.version };
}

export async function listTenantRuleSets(q: Queryable, tenantId: string) {
  return q.select().from(tenantRuleSets).where(eq(tenantRuleSets.tenantId, tenantId)).orderBy(desc(tenantRuleSets.createdAt));
}
