import { CRITICAL_INTENTS, INTENTS, type Intent } from '../intent-effects.js';
import type { IntentExample } from '../data/generate-intent-data.js';
import type { LabeledUtterance } from './labeled-data.js';

/** Wilson score interval for a proportion (95% by default): honest on small counts. */
export function wilson(successes: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** An utterance to score: generated or hand-written. */
export interface EvalItem {
  text: string;
  language: 'en' | 'es';
  intents: readonly Intent[];
  medium?: 'call' | 'sms' | 'chat' | 'email';
  hardNegativeOf?: Intent;
}

export function evalItemsOf(generated: readonly IntentExample[], handWritten: readonly LabeledUtterance[]): EvalItem[] {
  const out: EvalItem[] = generated.map((g) => ({
    text: g.text,
    language: g.language,
    intents: g.intents,
    ...(g.medium === 'portal' ? {} : { medium: g.medium }),
    ...(g.hardNegativeOf ? { hardNegativeOf: g.hardNegativeOf } : {}),
  }));
  for (const u of handWritten) out.push({ text: u.text, language: u.language, intents: u.intents, ...(u.medium ? { medium: u.medium } : {}) });
  return out;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export interface IntentRow {
  intent: Intent;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  precisionCi: [number, number];
  recall: number;
  recallCi: [number, number];
  f1: number;
  /** Critical intents: precision over this intent's positives and its hard negatives only. */
  hardNegatives?: { n: number; falseAlarms: number; precision: number; precisionCi: [number, number] };
}

export interface IntentSetFigures {
  n: number;
  macroF1: number;
  perIntent: IntentRow[];
}

/** Per-intent precision and recall (Wilson 95% intervals), macro-F1 and hard-negative precision. */
export function intentSetFigures(items: readonly EvalItem[], detect: (item: EvalItem) => readonly Intent[]): IntentSetFigures {
  const predicted = items.map((it) => new Set(detect(it)));
  const perIntent = INTENTS.map((intent): IntentRow => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let hnN = 0;
    let hnFp = 0;
    items.forEach((it, i) => {
      const gold = it.intents.includes(intent);
      const got = predicted[i]!.has(intent);
      if (gold && got) tp++;
      else if (got) fp++;
      else if (gold) fn++;
      if (it.hardNegativeOf === intent) {
        hnN++;
        if (got && !gold) hnFp++;
      }
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const row: IntentRow = {
      intent,
      support: tp + fn,
      tp,
      fp,
      fn,
      precision: r3(precision),
      precisionCi: wilson(tp, tp + fp).map(r3) as [number, number],
      recall: r3(recall),
      recallCi: wilson(tp, tp + fn).map(r3) as [number, number],
      f1: r3(tp === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    };
    if ((CRITICAL_INTENTS as readonly string[]).includes(intent)) {
      row.hardNegatives = { n: hnN, falseAlarms: hnFp, precision: r3(tp + hnFp === 0 ? 1 : tp / (tp + hnFp)), precisionCi: wilson(tp, tp + hnFp).map(r3) as [number, number] };
    }
    return row;
  });
  const withSupport = perIntent.filter((r) => r.support > 0);
  return { n: items.length, macroF1: r3(withSupport.reduce((s, r) => s + r.f1, 0) / Math.max(1, withSupport.length)), perIntent };
}
