/**
 * Compares training variants of the intent model on out-of-fold predictions over the training side
 * only (the train split and the development sets; 5 folds by template family): no held-out set is read. For each variant, per intent:
 * Platt calibration and the two thresholds exactly as the shipped training picks them (fitted and
 * scored on the same out-of-fold predictions, so optimistic alike for every variant), then recall,
 * precision, precision on hard negatives and F1; and macro-F1 over all intents.
 *
 *   npx tsx scripts/compare-intent-variants.ts '{"hardNegativeWeight":2}' '{"keep":6000}'
 *   npx tsx scripts/compare-intent-variants.ts --extra-families --errors=dispute,bankruptcy '{}'
 *
 * Each argument is a JSON object of IntentTrainOptions overriding the defaults; "{}" is the
 * shipped configuration.
 */
import { DEFAULT_SEED, generateIntentExamples, isDevelopmentFamily, isNamedHeldOutFamily, PER_FAMILY, teachesOnlyOwnIntents, drawsItsOwnFold } from '../src/modules/conversations/data/generate-intent-data.js';
import { TRAIN_ONLY_FAMILIES_3 } from '../src/modules/conversations/data/intent-families-train-3.js';
import { TRAIN_ONLY_FAMILIES_5 } from '../src/modules/conversations/data/intent-families-train-5.js';
import { CRITICAL_INTENTS, INTENTS, type Intent } from '../src/modules/conversations/intent-effects.js';
import { oofThresholds, outOfFoldScores, type IntentTrainOptions, type IntentTrainingExample } from '../src/modules/conversations/intents/train-intent-model.js';
import { parseUtterances } from '../src/modules/conversations/evaluate/labeled-data.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = join(here, '..', 'src', 'modules', 'conversations');
// `--extra-families` adds the unshipped training-only batch (data/intent-families-train-3.ts);
// `--base-only` scores only the utterances of the families every variant shares, so variants with
// and without that batch are compared on the same utterances.
// `--extra-families-except=dispute,...` adds that batch without the families of those intents.
const except = (process.argv.find((a) => a.startsWith('--extra-families-except='))?.slice('--extra-families-except='.length) ?? '').split(',').filter(Boolean);
const extra = process.argv.includes('--extra-families') ? TRAIN_ONLY_FAMILIES_3 : except.length ? TRAIN_ONLY_FAMILIES_3.filter((f) => !except.some((i) => f.intents.includes(i as Intent) || f.hardNegativeOf === i)) : [];
const baseOnly = process.argv.includes('--base-only');
// `--without-batch-4` leaves out the fourth training-only batch (data/intent-families-train-4.ts, `w-`).
const withoutBatch4 = process.argv.includes('--without-batch-4');
// `--batch-5` adds the unshipped fifth batch (data/intent-families-train-5.ts, `r-`), after the third
// when both are given; `--batch-5-without=intent,...` adds it without its families of those intents.
const batch5Except = (process.argv.find((a) => a.startsWith('--batch-5-without='))?.slice('--batch-5-without='.length) ?? '').split(',').filter(Boolean);
const batch5 = process.argv.includes('--batch-5') || batch5Except.length ? TRAIN_ONLY_FAMILIES_5.filter((f) => !batch5Except.some((i) => f.intents.includes(i as Intent) || f.hardNegativeOf === i)) : [];
const generated = generateIntentExamples(Number(process.env.SEED ?? DEFAULT_SEED), PER_FAMILY, [...extra, ...batch5]);
const handWritten = parseUtterances(readFileSync(join(moduleDir, 'data', 'utterances.jsonl'), 'utf8'));
const written: IntentTrainingExample[] = [
  // As the shipped training: the development sets join, and the sixth batch's families teach only their own intents.
  ...generated.filter((g) => ((g.split === 'train' && !isNamedHeldOutFamily(g.family)) || isDevelopmentFamily(g.family)) && !(withoutBatch4 && g.family.startsWith('w-'))).map((g) => ({ text: g.text, intents: g.intents, family: g.family, ...(g.hardNegativeOf ? { hardNegativeOf: g.hardNegativeOf } : {}), ...(teachesOnlyOwnIntents(g.family) ? { known: [...new Set([...g.intents, ...(g.hardNegativeOf ? [g.hardNegativeOf] : [])])] } : {}), ...(drawsItsOwnFold(g.family) ? { ownFold: true } : {}) })),
  ...handWritten.filter((u) => u.split === 'train').map((u) => ({ text: u.text, intents: u.intents, family: u.id })),
];
const r3 = (x: number) => Math.round(x * 1000) / 1000;

// `--errors=intent,intent` prints each out-of-fold miss and false alarm of those intents.
// `--dump=file.json` writes, for every critical intent, each out-of-fold positive and hard negative
// with its calibrated first-stage and verifier probabilities (to read which ones bind the thresholds).
const dumpTo = process.argv.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);
const errorsOf = (process.argv.find((a) => a.startsWith('--errors='))?.slice('--errors='.length) ?? '').split(',');
const oofCache = new Map<string, ReturnType<typeof outOfFoldScores>>();
for (const arg of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const options = JSON.parse(arg) as Partial<IntentTrainOptions>;
  const cpu = process.cpuUsage();
  // The recall targets change only the thresholds: variants that differ in nothing else share one cross-validation.
  const { criticalRecall: _r, criticalRecallOf: _ro, verifierTrustAbove: _t, verifierMargin: _m, familyFloor: _ff, hardNegativePrecisionFloor: _hf, criticalAloneFloor: _af, ...trainingOptions } = options;
  const key = JSON.stringify(trainingOptions);
  const oof = oofCache.get(key) ?? outOfFoldScores(written, options);
  oofCache.set(key, oof);
  const rows: Record<string, unknown>[] = [];
  const dump: Record<string, unknown>[] = [];
  let f1Sum = 0;
  INTENTS.forEach((intent, j) => {
    const t = oofThresholds(oof, j, options);
    const critical = (CRITICAL_INTENTS as readonly string[]).includes(intent);
    const fires = (k: number) => t.p[k]! >= (t.hit[k] ? t.withPattern : t.alone) && (!t.pv || t.pv[k]! >= t.verifyThreshold || t.p[k]! >= t.trustAbove);
    let tp = 0, fp = 0, fn = 0, hnFp = 0;
    t.labeled.forEach((i, k) => {
      if (baseOnly && /^[vwrq]-/.test(written[i]!.family)) return;
      const got = fires(k);
      if (got && t.y[k]) tp++;
      else if (got) { fp++; if (written[i]!.hardNegativeOf === intent) hnFp++; }
      else if (t.y[k]) fn++;
    });
    if (dumpTo && critical) {
      t.labeled.forEach((i, k) => {
        const w = written[i]!;
        if (t.y[k] || w.hardNegativeOf === intent) dump.push({ intent, positive: Boolean(t.y[k]), p: r3(t.p[k]!), pv: t.pv ? Math.round(t.pv[k]! * 1e5) / 1e5 : null, hit: Boolean(t.hit[k]), fires: fires(k), family: w.family, text: w.text });
      });
    }
    if (errorsOf.includes(intent)) {
      t.labeled.forEach((i, k) => {
        const got = fires(k);
        if (got !== Boolean(t.y[k])) console.log(`  ${got ? 'FP' : 'FN'} ${intent} p=${r3(t.p[k]!)}${t.pv ? ` v=${r3(t.pv[k]!)}` : ''} [${written[i]!.family}] ${written[i]!.text}`);
      });
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = tp ? (2 * precision * recall) / (precision + recall) : 0;
    f1Sum += f1;
    rows.push({ intent, recall: r3(recall), ...(critical ? { misses: fn } : {}), precision: r3(precision), ...(critical ? { hnPrecision: r3(tp / Math.max(1, tp + hnFp)), hnFalseAlarms: hnFp } : {}), f1: r3(f1), t: [t.alone, t.withPattern, ...(t.pv ? [t.verifyThreshold] : []), ...(t.trustAbove < 2 ? [t.trustAbove] : [])] });
  });
  if (dumpTo) writeFileSync(dumpTo.replace(/\.json$/, '') + `-${process.argv.slice(2).filter((a) => !a.startsWith('--')).indexOf(arg)}.json`, JSON.stringify(dump));
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ options: arg, macroF1: r3(f1Sum / INTENTS.length), cpuS: Math.round((used.user + used.system) / 1e6) }));
  for (const r of rows) console.log('  ' + JSON.stringify(r));
}
