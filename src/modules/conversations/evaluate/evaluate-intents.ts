import { INTENTS, type Intent } from '../intent-effects.js';
import { detectIntents } from '../intents/detect-intents.js';
import type { LabeledUtterance } from './labeled-data.js';

export interface IntentFigures {
  intent: Intent;
  /** Utterances labeled with the intent. */
  support: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Per-intent precision and recall of detectIntents on labeled utterances (pass one split). */
export function evaluateIntents(utterances: readonly LabeledUtterance[]): {
  perIntent: IntentFigures[];
  channelAccuracy: number;
  channelSupport: number;
} {
  const counts = new Map<Intent, { tp: number; fp: number; fn: number }>(INTENTS.map((i) => [i, { tp: 0, fp: 0, fn: 0 }]));
  let channelOk = 0;
  let channelSupport = 0;
  for (const u of utterances) {
    // Language is detected, as in production, not taken from the label.
    const found = detectIntents(u.text, u.medium ? { medium: u.medium } : {});
    const names = new Set(found.map((m) => m.intent));
    for (const i of INTENTS) {
      const c = counts.get(i)!;
      const gold = u.intents.includes(i);
      if (gold && names.has(i)) c.tp++;
      else if (names.has(i)) c.fp++;
      else if (gold) c.fn++;
    }
    if (u.channels) {
      channelSupport++;
      const got = found.find((m) => m.intent === 'cease_communication')?.channels ?? [];
      if ([...got].sort().join() === [...u.channels].sort().join()) channelOk++;
    }
  }
  const perIntent = INTENTS.map((intent) => {
    const { tp, fp, fn } = counts.get(intent)!;
    return {
      intent,
      support: tp + fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      tp,
      fp,
      fn,
    };
  });
  return { perIntent, channelAccuracy: channelSupport === 0 ? 1 : channelOk / channelSupport, channelSupport };
}
