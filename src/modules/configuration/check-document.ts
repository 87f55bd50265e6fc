import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import type { FieldIssue } from '../../platform/errors/index.js';
import { tenants } from '../identity/index.js';
import { checkFapPolicy } from '../assistance/index.js';
import { checkPaymentPolicy } from '../plans/index.js';
import { checkDispositions } from '../workspace/index.js';
import {
  CHANNELS, TONES, TemplateCatalogFile, complianceEvaluator, contentQuestion, renderMessage, sampleSnapshot, tenantEvaluator, validateOutreachConfig,
  type AccountSnapshot, type ComplianceEvaluator, type Language, type OutreachChannel, type OutreachConfig, type Tone,
} from '../outreach/index.js';
import { configFiles, documentFile } from '../outreach/index.js';
import { currentDocuments } from './documents.js';
import { POLICY_KINDS, type DocumentKind } from './schema.js';

export interface DraftDocument {
  kind: DocumentKind;
  name: string;
  body: unknown;
}

/** What a compliance content reason means, for the person editing a template. */
export const CONTENT_REASON_WORDS: Record<string, string> = {
  hipaa_minimum_necessary: 'mentions a diagnosis, treatment or other clinical detail where someone else may read it (HIPAA minimum necessary)',
  reg_f_missing_opt_out: 'a debt collector’s text or email must say how to stop them (Reg F)',
  reg_f_missing_debt_collector_disclosure: 'a debt collector’s text or email must say it is from a debt collector (Reg F)',
  not_a_limited_content_message: 'a debt collector’s voicemail must be a limited-content message (Reg F)',
  reg_f_overshadowing: 'demands payment now during the validation period (Reg F)',
  invalid_question: 'the message could not be checked',
};

const contentWords = (reasons: string[]) => reasons.map((r) => CONTENT_REASON_WORDS[r] ?? r).join('; ');

/** A sample patient of the tenant (its name, kind and collector role) to render templates for. */
export async function sampleFor(q: Queryable, tenantId: string): Promise<AccountSnapshot> {
  const [t] = await q.select().from(tenants).where(eq(tenants.id, tenantId));
  const s = sampleSnapshot();
  if (t) s.tenant = { ...s.tenant, id: t.id, name: t.name, kind: t.kind, collectorRole: t.collectorRole, timeZone: t.timeZone };
  return s;
}

export interface CheckDeps {
  base: OutreachConfig;
  now: Date;
  publicUrl: string;
  evaluate?: ComplianceEvaluator;
}

type ContentChannel = 'sms' | 'email' | 'letter' | 'voicemail';

export interface RenderedPreview {
  subject: string | null;
  body: string;
  voicemail: string | null;
  /** The compliance content check of what was rendered. */
  content: { allowed: boolean; reasons: string[]; words: string };
}

/** Renders one template for the sample patient and runs the compliance content check on it. */
export async function renderAndCheck(
  catalogs: OutreachConfig['templates'],
  o: { template: string; channel: OutreachChannel; language: Language; tone: Tone; sample: AccountSnapshot; publicUrl: string; now: Date; evaluate: ComplianceEvaluator },
): Promise<RenderedPreview> {
  const r = renderMessage({ catalogs, template: o.template, channel: o.channel, language: o.language, tone: o.tone, snapshot: { ...o.sample, person: { ...o.sample.person, language: o.language } }, communicationId: 'preview', publicUrl: o.publicUrl, linkCode: null });
  const checks: Array<{ channel: ContentChannel; subject: string | null; body: string }> = [];
  if (o.channel === 'call') {
    if (r.voicemail) checks.push({ channel: 'voicemail', subject: null, body: r.voicemail });
  } else checks.push({ channel: o.channel, subject: r.subject, body: r.body });
  const reasons: string[] = [];
  for (const c of checks) {
    const d = await o.evaluate(contentQuestion(o.sample, { id: `preview:${c.channel}`, channel: c.channel, subject: c.subject, body: c.body, at: o.now }));
    if (!d.allowed) reasons.push(...d.reasons.filter((x) => !reasons.includes(x)));
  }
  return { subject: r.subject, body: r.body, voicemail: r.voicemail, content: { allowed: reasons.length === 0, reasons, words: contentWords(reasons) } };
}

/**
 * Every problem that stops drafts from being published, listed at once: each name must match its
 * document, then the boot validation of the whole configuration with the drafts in place (shape,
 * unreachable or overlapping steps, templates missing in a language, unknown placeholders), then,
 * for templates, the compliance content check of every template in every channel and tone
 * rendered for a sample patient (a diagnosis in a text message is refused here).
 */
export async function checkDocuments(q: Queryable, tenantId: string, drafts: DraftDocument[], deps: CheckDeps): Promise<{ issues: FieldIssue[]; config: OutreachConfig | null }> {
  const issues: FieldIssue[] = [];
  const policyDrafts = drafts.filter((d) => (POLICY_KINDS as readonly string[]).includes(d.kind));
  if (policyDrafts.length) {
    const [t] = await q.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
    for (const d of policyDrafts) {
      const file = documentFile(d.kind, d.name);
      if (d.name !== 'default') issues.push({ file, path: 'name', message: 'must be default: a tenant has one of these' });
      const found = d.kind === 'fap_policy' ? checkFapPolicy(d.body, t?.timeZone ?? 'America/New_York') : d.kind === 'payment_policy' ? checkPaymentPolicy(d.body) : checkDispositions(d.body);
      issues.push(...found.map((i) => ({ ...i, file })));
    }
    if (policyDrafts.length === drafts.length) return { issues, config: null };
  }
  for (const draft of drafts) {
    const file = documentFile(draft.kind, draft.name);
    const body = (draft.body ?? {}) as Record<string, unknown>;
    if (draft.kind === 'templates' && body.language !== draft.name) issues.push({ file, path: 'language', message: `must be ${draft.name} for this document` });
    if (draft.kind === 'journey' && body.id !== draft.name) issues.push({ file, path: 'id', message: `must be ${draft.name} for this document` });
  }
  const replaced = (d: { kind: DocumentKind; name: string }) => drafts.some((x) => x.kind === d.kind && x.name === d.name);
  const docs = (await currentDocuments(q, tenantId)).filter((d) => !replaced(d));
  const files = configFiles(deps.base, [...docs, ...drafts]);
  const v = validateOutreachConfig(files.journeys, files.templates);
  issues.push(...v.issues);
  const templateDrafts = drafts.filter((d) => d.kind === 'templates');
  if (templateDrafts.length) {
    const evaluate = await tenantEvaluator(q, tenantId, deps.evaluate ?? complianceEvaluator());
    const sample = await sampleFor(q, tenantId);
    for (const draft of templateDrafts) {
      const file = documentFile(draft.kind, draft.name);
      const parsed = TemplateCatalogFile.safeParse(draft.body);
      if (!parsed.success) continue;
      const catalogs = { ...(v.config?.templates ?? deps.base.templates), [draft.name]: parsed.data } as OutreachConfig['templates'];
      for (const [name, tpl] of Object.entries(parsed.data.templates)) {
        for (const channel of CHANNELS) {
          if (!tpl[channel]) continue;
          const bad = new Map<string, Tone[]>();
          for (const tone of TONES) {
            const p = await renderAndCheck(catalogs, { template: name, channel, language: draft.name as Language, tone, sample, publicUrl: deps.publicUrl, now: deps.now, evaluate });
            if (!p.content.allowed) bad.set(p.content.words, [...(bad.get(p.content.words) ?? []), tone]);
          }
          for (const [words, tones] of bad) {
            const where = channel === 'call' ? 'voicemail' : channel === 'sms' ? 'text message' : channel;
            issues.push({ file, path: `templates.${name}.${channel}`, message: `the ${where} ${words}${tones.length < TONES.length ? ` (tone: ${tones.join(', ')})` : ''}` });
          }
        }
      }
    }
  }
  return { issues, config: issues.length ? null : v.config };
}

/** The check of one draft (see checkDocuments). */
export function checkDocument(q: Queryable, tenantId: string, draft: DraftDocument, deps: CheckDeps): Promise<{ issues: FieldIssue[]; config: OutreachConfig | null }> {
  return checkDocuments(q, tenantId, [draft], deps);
}
