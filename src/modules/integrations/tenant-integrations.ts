import { and, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import { fieldCipher } from '../../platform/crypto/index.js';
import type { Db, Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { tenantIntegrations } from './schema.js';
import {
  INTEGRATION_KINDS, SECRET_NAMES, SECRET_WORDS, SETTINGS_SCHEMAS, requiredSecrets, stripeMode,
  type GatewayConfig, type IntegrationKind, type SmsConfig, type SmtpConfig,
} from './settings.js';

/** What a browser may see of one integration: the settings, and of each secret only whether it is set and when it changed. */
export interface IntegrationView {
  kind: IntegrationKind;
  configured: boolean;
  settings: Record<string, unknown>;
  secrets: Array<{ name: string; set: boolean; changedAt: string | null }>;
  updatedAt: string | null;
  updatedBy: string | null;
}

type Row = typeof tenantIntegrations.$inferSelect;

function secretsOf(row: Row | undefined): Record<string, string> {
  if (!row?.secrets) return {};
  return JSON.parse(fieldCipher().decrypt(row.secrets)) as Record<string, string>;
}

function viewOf(kind: IntegrationKind, row: Row | undefined): IntegrationView {
  const secrets = secretsOf(row);
  return {
    kind,
    configured: !!row,
    settings: row?.settings ?? {},
    secrets: SECRET_NAMES[kind].map((name) => ({ name, set: !!secrets[name], changedAt: secrets[name] ? (row?.secretsChanged[name] ?? null) : null })),
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedBy: row?.updatedBy ?? null,
  };
}

/** Every integration of the tenant as the admin page shows it (no secret values). */
export async function listIntegrations(q: Queryable, tenantId: string): Promise<IntegrationView[]> {
  const found = await q.select().from(tenantIntegrations).where(eq(tenantIntegrations.tenantId, tenantId));
  return INTEGRATION_KINDS.map((k) => viewOf(k, found.find((r) => r.kind === k)));
}

async function rowOf(q: Queryable, tenantId: string, kind: IntegrationKind): Promise<Row | undefined> {
  const [row] = await q.select().from(tenantIntegrations).where(and(eq(tenantIntegrations.tenantId, tenantId), eq(tenantIntegrations.kind, kind)));
  return row;
}

export interface SaveIntegrationOptions {
  kind: IntegrationKind;
  settings: unknown;
  /** A value sets the secret, null clears it, a missing name keeps what is stored. */
  secrets?: Record<string, string | null>;
}

/** Parses settings and merges secrets without writing: every problem at once. */
export function checkIntegration(opts: SaveIntegrationOptions, stored: Record<string, string>): { issues: FieldIssue[]; settings: Record<string, unknown> | null; secrets: Record<string, string> } {
  const issues: FieldIssue[] = [];
  const parsed = SETTINGS_SCHEMAS[opts.kind].safeParse(opts.settings);
  if (!parsed.success) for (const i of parsed.error.issues) issues.push({ path: ['settings', ...i.path].join('.'), message: i.message });
  const secrets = { ...stored };
  for (const [name, value] of Object.entries(opts.secrets ?? {})) {
    if (!SECRET_NAMES[opts.kind].includes(name)) {
      issues.push({ path: `secrets.${name}`, message: `${opts.kind} has no secret called ${name}` });
      continue;
    }
    if (value === null || value === '') delete secrets[name];
    else if (value.length > 4096) issues.push({ path: `secrets.${name}`, message: 'is too long' });
    else if (opts.kind === 'gateway' && name === 'secretKey' && !/^(sk|rk)_(test|live)_\S+$/.test(value)) issues.push({ path: 'secrets.secretKey', message: 'a Stripe secret key starts with sk_test_, sk_live_ (or rk_ for a restricted key)' });
    else if (opts.kind === 'gateway' && name === 'webhookSecret' && !/^whsec_\S+$/.test(value)) issues.push({ path: 'secrets.webhookSecret', message: 'a Stripe webhook signing secret starts with whsec_' });
    else secrets[name] = value;
  }
  const settings = parsed.success ? (parsed.data as Record<string, unknown>) : null;
  // Secrets the chosen provider needs are named even when other settings are wrong.
  const chosen = settings ?? (typeof opts.settings === 'object' && opts.settings !== null ? (opts.settings as Record<string, unknown>) : null);
  if (chosen) for (const name of requiredSecrets(opts.kind, chosen)) if (!secrets[name] && !issues.some((i) => i.path === `secrets.${name}`)) issues.push({ path: `secrets.${name}`, message: `the ${SECRET_WORDS[name] ?? name} is needed` });
  // Test-mode and live-mode keys of one account never work together: say so before a patient finds out.
  if (opts.kind === 'gateway' && settings?.provider === 'stripe' && secrets.secretKey) {
    const pk = stripeMode(String(settings.publishableKey));
    const sk = stripeMode(secrets.secretKey);
    if (pk && sk && pk !== sk) issues.push({ path: 'settings.publishableKey', message: `the publishable key is a ${pk}-mode key but the secret key is a ${sk}-mode key` });
  }
  return { issues, settings, secrets };
}

/** Saves one integration (settings and any changed secrets) and audits which fields changed, never their values. */
export async function saveIntegration(db: Db, ctx: AccessContext, opts: SaveIntegrationOptions): Promise<IntegrationView> {
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const before = await rowOf(tx, ctx.tenantId, opts.kind);
    const stored = secretsOf(before);
    const { issues, settings, secrets } = checkIntegration(opts, stored);
    if (issues.length || !settings) {
      throw new AppError('validation_failed', {
        message: `${opts.kind} settings: ` + issues.map((i) => `${i.path}: ${i.message}`).join('; '),
        userMessage: issues.length === 1 ? 'One setting needs fixing before this can be saved.' : `${issues.length} settings need fixing before this can be saved.`,
        issues,
      });
    }
    const changedSecrets = [...new Set([...Object.keys(stored), ...Object.keys(secrets)])].filter((k) => stored[k] !== secrets[k]);
    const changedAt = { ...(before?.secretsChanged ?? {}) };
    for (const k of changedSecrets) {
      if (secrets[k]) changedAt[k] = now.toISOString();
      else delete changedAt[k];
    }
    const changedSettings = Object.keys({ ...(before?.settings ?? {}), ...settings }).filter((k) => JSON.stringify(before?.settings?.[k]) !== JSON.stringify(settings[k]));
    const values = {
      settings,
      secrets: Object.keys(secrets).length ? fieldCipher().encrypt(JSON.stringify(secrets)) : null,
      secretsChanged: changedAt,
      updatedBy: ctx.actor.id,
      updatedAt: now,
    };
    await tx
      .insert(tenantIntegrations)
      .values({ tenantId: ctx.tenantId, kind: opts.kind, ...values })
      .onConflictDoUpdate({ target: [tenantIntegrations.tenantId, tenantIntegrations.kind], set: values });
    await audit(tx, ctx, { action: 'write', recordType: 'integration', recordId: opts.kind, details: { change: before ? 'updated' : 'configured', settings: changedSettings, secrets: changedSecrets } });
    return viewOf(opts.kind, (await rowOf(tx, ctx.tenantId, opts.kind))!);
  });
}

/** Removes one integration: the environment defaults apply again. */
export async function removeIntegration(db: Db, ctx: AccessContext, kind: IntegrationKind): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.delete(tenantIntegrations).where(and(eq(tenantIntegrations.tenantId, ctx.tenantId), eq(tenantIntegrations.kind, kind))).returning({ kind: tenantIntegrations.kind });
    if (gone.length) await audit(tx, ctx, { action: 'write', recordType: 'integration', recordId: kind, details: { change: 'removed' } });
    return gone.length > 0;
  });
}

/** The tenant's SMTP server with its password, or null (the installation's default applies). */
export async function tenantSmtp(q: Queryable, tenantId: string): Promise<SmtpConfig | null> {
  const row = await rowOf(q, tenantId, 'smtp');
  if (!row) return null;
  const s = row.settings as Omit<SmtpConfig, 'password'>;
  return { host: s.host, port: s.port, user: s.user ?? '', from: s.from, password: secretsOf(row).password ?? null };
}

export async function tenantSms(q: Queryable, tenantId: string): Promise<SmsConfig | null> {
  const row = await rowOf(q, tenantId, 'sms');
  if (!row) return null;
  const s = row.settings as { provider: 'sandbox' } | { provider: 'twilio'; accountSid: string; fromNumber: string };
  if (s.provider === 'sandbox') return { provider: 'sandbox' };
  return { ...s, authToken: secretsOf(row).authToken ?? '' };
}

/** The tenant's card gateway settings with its secrets, or null (the installation's gateway applies). */
export async function tenantGateway(q: Queryable, tenantId: string): Promise<GatewayConfig | null> {
  const row = await rowOf(q, tenantId, 'gateway');
  if (!row) return null;
  const settings = row.settings as { provider: string; publishableKey?: string };
  if (settings.provider !== 'stripe') return { provider: 'sandbox' };
  const s = secretsOf(row);
  return { provider: 'stripe', publishableKey: settings.publishableKey ?? '', secretKey: s.secretKey ?? '', webhookSecret: s.webhookSecret ?? '' };
}

/**
 * Changes whenever the tenant's gateway settings or secrets are saved (the secrets' ciphertext has
 * a fresh nonce every time), without decrypting anything: a cache of the tenant's gateway compares
 * it to know its copy is still current, in every process. Null: no gateway row.
 */
export async function tenantGatewayStamp(q: Queryable, tenantId: string): Promise<string | null> {
  const [row] = await q
    .select({ settings: tenantIntegrations.settings, secrets: tenantIntegrations.secrets, at: tenantIntegrations.updatedAt })
    .from(tenantIntegrations)
    .where(and(eq(tenantIntegrations.tenantId, tenantId), eq(tenantIntegrations.kind, 'gateway')));
  return row ? `${row.at.toISOString()}|${JSON.stringify(row.settings)}|${row.secrets ?? ''}` : null;
}

/** Whether the tenant turned its drop folder on. */
export async function dropFolderEnabled(q: Queryable, tenantId: string): Promise<boolean> {
  const row = await rowOf(q, tenantId, 'drop_folder');
  return (row?.settings as { enabled?: boolean } | undefined)?.enabled === true;
}

/** When the tenant's channel settings last changed (delivery caches channels by it). */
export async function integrationsStamp(q: Queryable, tenantId: string): Promise<string> {
  const list = await q.select({ kind: tenantIntegrations.kind, at: tenantIntegrations.updatedAt }).from(tenantIntegrations).where(eq(tenantIntegrations.tenantId, tenantId));
  return list.map((r) => `${r.kind}@${r.at.toISOString()}`).sort().join('|');
}
