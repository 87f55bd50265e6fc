import type { SentimentLabel } from '../types.js';

export interface BinaryFigures {
  n: number;
  accuracy: number;
  /** Mean F1 of the two gold classes; a "neutral" prediction is a miss for its gold class. */
  macroF1: number;
  /** Share of sentences predicted neutral (each one counted wrong). */
  neutralRate: number;
}

/** Accuracy and macro-F1 of 3-way predictions against binary gold labels. */
export function binaryFigures(gold: readonly boolean[], predicted: readonly SentimentLabel[]): BinaryFigures {
  let ok = 0;
  let neutral = 0;
  // tp/fp/fn per gold class: positive, negative.
  let tpP = 0, fpP = 0, fnP = 0, tpN = 0, fpN = 0, fnN = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i];
    const p = predicted[i];
    if (p === 'neutral') neutral++;
    if (g) {
      if (p === 'positive') { ok++; tpP++; } else { fnP++; if (p === 'negative') fpN++; }
    } else if (p === 'negative') { ok++; tpN++; } else { fnN++; if (p === 'positive') fpP++; }
  }
  const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  const n = gold.length;
  return {
    n,
    accuracy: n === 0 ? 0 : ok / n,
    macroF1: (f1(tpP, fpP, fnP) + f1(tpN, fpN, fnN)) / 2,
    neutralRate: n === 0 ? 0 : neutral / n,
  };
}

export interface ThreeWayFigures {
  n: number;
  accuracy: number;
  macroF1: number;
}

/** Accuracy and macro-F1 over the three labels (for our own neutral-aware utterances). */
export function threeWayFigures(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): ThreeWayFigures {
  const labels: SentimentLabel[] = ['negative', 'neutral', 'positive'];
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) ok++;
  let f1sum = 0;
  for (const l of labels) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === l && gold[i] === l) tp++;
      else if (predicted[i] === l) fp++;
      else if (gold[i] === l) fn++;
    }
    f1sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return { n: gold.length, accuracy: gold.length === 0 ? 0 : ok / gold.length, macroF1: f1sum / labels.length };
}

/** Rounds a figure for reports (3 decimals). */
export function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
