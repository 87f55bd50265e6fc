import { and, asc, eq } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import type { UtteranceAnalysis } from '../conversations/index.js';
import { conversationUtterances, intentLabels } from './schema.js';

/** One reviewed utterance as `npm run train:intents -- --labels FILE` reads it. */
export interface ExportedIntentLabel {
  /** The utterance (a training unit of its own: cross-validation never splits it). */
  utteranceId: number;
  text: string;
  language: 'en' | 'es';
  intent: string;
  /** True when a person confirmed the intent, false when they dismissed it. */
  present: boolean;
  source: 'review_confirmed' | 'review_dismissed';
  labeledAt: string;
}

/**
 * A tenant's reviewed intent labels with the words they label (decrypted: this is PHI leaving
 * the database, so the export is audited with its count). When one utterance and intent were
 * decided more than once, the latest decision wins.
 */
export async function exportIntentLabels(db: Db, ctx: AccessContext): Promise<ExportedIntentLabel[]> {
  const found = await db
    .select({ utteranceId: intentLabels.utteranceId, intent: intentLabels.intent, present: intentLabels.present, source: intentLabels.source, labeledAt: intentLabels.labeledAt, text: conversationUtterances.text, analysis: conversationUtterances.analysis })
    .from(intentLabels)
    .innerJoin(conversationUtterances, and(eq(conversationUtterances.tenantId, intentLabels.tenantId), eq(conversationUtterances.id, intentLabels.utteranceId)))
    .where(eq(intentLabels.tenantId, ctx.tenantId))
    .orderBy(asc(intentLabels.labeledAt), asc(intentLabels.id));
  const latest = new Map<string, ExportedIntentLabel>();
  for (const f of found) {
    const language = (f.analysis as UtteranceAnalysis | null)?.language === 'es' ? 'es' : 'en';
    latest.set(`${f.utteranceId}|${f.intent}`, { utteranceId: f.utteranceId, text: f.text, language, intent: f.intent, present: f.present, source: f.source, labeledAt: f.labeledAt.toISOString() });
  }
  const out = [...latest.values()];
  await audit(db, ctx, { action: 'read', recordType: 'intent_label_export', recordId: null, details: { count: out.length } });
  return out;
}
