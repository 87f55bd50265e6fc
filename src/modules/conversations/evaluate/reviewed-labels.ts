import { CRITICAL_INTENTS, type Intent } from '../intent-effects.js';
import type { IntentTrainingExample } from '../intents/train-intent-model.js';

/**
 * Reads the lines of `kindly sentiment export-labels` (a tenant's confirmed and dismissed
 * proposals) into training examples: one per utterance, its own family (so cross-validation never
 * splits it), teaching only the intents a person decided (`known`). A line that does not parse or
 * names an intent that is never proposed is an error with its line number, so a bad export cannot
 * quietly train the model.
 */
export function reviewedExamples(jsonl: string, source = 'labels'): IntentTrainingExample[] {
  const byUtterance = new Map<string, { text: string; present: Set<Intent>; known: Set<Intent> }>();
  for (const [n, line] of jsonl.split('\n').entries()) {
    if (line.trim() === '') continue;
    let row: { utteranceId?: unknown; text?: unknown; intent?: unknown; present?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      throw new Error(`${source}:${n + 1}: not JSON`);
    }
    if (typeof row.text !== 'string' || row.text.trim() === '') throw new Error(`${source}:${n + 1}: text is missing`);
    if (!(CRITICAL_INTENTS as readonly unknown[]).includes(row.intent)) throw new Error(`${source}:${n + 1}: intent must be one of ${CRITICAL_INTENTS.join(', ')}`);
    if (typeof row.present !== 'boolean') throw new Error(`${source}:${n + 1}: present must be true or false`);
    const key = String(row.utteranceId ?? `line-${n + 1}`);
    const u = byUtterance.get(key) ?? { text: row.text, present: new Set<Intent>(), known: new Set<Intent>() };
    const intent = row.intent as Intent;
    u.known.add(intent);
    if (row.present) u.present.add(intent);
    else u.present.delete(intent);
    byUtterance.set(key, u);
  }
  return [...byUtterance.entries()].map(([id, u]) => ({ text: u.text, intents: [...u.present].sort(), known: [...u.known].sort(), family: `reviewed:${source}:${id}` }));
}
