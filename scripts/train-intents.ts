/**
 * Reproducible training of the shipped intent model (`npm run train:intents`).
 *
 * 1. Generates the labeled set from the template families (seeded) into
 *    src/modules/conversations/data/intent-utterances.jsonl, with its split by family.
 * 2. Compares, on out-of-fold predictions over the training side only (folds by family), the
 *    patterns alone, the model without pattern features and the model with them; keeps the best.
 * 3. Trains the kept variant (calibration and thresholds from out-of-fold scores) on the train
 *    split of the generated set, the development sets and the train split of data/utterances.jsonl
 *    (`--without-development-sets[=NAMES]` leaves them out; `--also-train=NAMES` adds held-out or
 *    pending sets, for a candidate), and writes
 *    src/modules/conversations/intents/model/intents.json.
 * 4. Prints held-out figures (test split, never trained or tuned on) as JSON on stdout.
 * Deterministic: the same inputs give byte-identical files.
 *
 * `--labels FILE` (repeatable): also trains on a tenant's reviewed proposals, exported by
 * `kindly sentiment export-labels --tenant SLUG > FILE`. They join the training side only (each
 * utterance its own family, teaching only the intents a person decided); the held-out test split
 * stays the one written for Kindly, so the figures printed remain comparable between runs.
 *
 * For a candidate under evaluation (not the shipped recipe): `--options='{...}'` overrides training
 * options (IntentTrainOptions, as compare-intent-variants.ts takes them), `--batch-5` emits the
 * unshipped fifth training-only batch after every shipped family (`--batch-5-without=intent,...`
 * without its families of those intents), `--batch-own-intents` lets that batch's families teach
 * only their own intents, as the shipped sixth batch's do (teachesOnlyOwnIntents); `--batch-7`
 * emits the seventh batch's unshipped attorney families (its dispute families are shipped), which
 * teach only their own intents, and prints the out-of-fold figures again over the earlier families
 * alone; `--batch-8` to `--batch-16` do the same for those batches' unshipped families. The out-of-fold
 * figures per intent go to stderr as soon as they are known, before the final model is trained and
 * any held-out set is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateIntentExamples, DEVELOPMENT_SETS, HELD_OUT_SETS, PENDING_SETS, isFixedTestFamily, isNamedHeldOutFamily, PER_FAMILY, SEVENTH_BATCH_UNSHIPPED, EIGHTH_BATCH_UNSHIPPED, NINTH_BATCH_UNSHIPPED, TENTH_BATCH_UNSHIPPED, ELEVENTH_BATCH_UNSHIPPED, TWELFTH_BATCH_UNSHIPPED, THIRTEENTH_BATCH_UNSHIPPED, FOURTEENTH_BATCH_UNSHIPPED, FIFTEENTH_BATCH_UNSHIPPED, SIXTEENTH_BATCH_UNSHIPPED, teachesOnlyOwnIntents, drawsItsOwnFold } from '../src/modules/conversations/data/generate-intent-data.js';
import { TRAIN_ONLY_FAMILIES_5 } from '../src/modules/conversations/data/intent-families-train-5.js';
import { evalItemsOf, intentSetFigures } from '../src/modules/conversations/evaluate/evaluate-intent-set.js';
import { parseUtterances } from '../src/modules/conversations/evaluate/labeled-data.js';
import { reviewedExamples } from '../src/modules/conversations/evaluate/reviewed-labels.js';
import { CRITICAL_INTENTS, INTENTS, type Intent } from '../src/modules/conversations/intent-effects.js';
import { matchIntentPatterns } from '../src/modules/conversations/intents/detect-intents.js';
import { compileIntentModel, scoreIntents } from '../src/modules/conversations/intents/intent-model.js';
import { featuresOf, oofThresholds, outOfFoldScores, trainIntentModel, type IntentTrainOptions, type IntentTrainingExample, type OutOfFold } from '../src/modules/conversations/intents/train-intent-model.js';
import { sigmoid } from '../src/modules/conversations/intents/intent-model.js';
import { detectLanguage } from '../src/modules/conversations/text/detect-language.js';
import { tokenize } from '../src/modules/conversations/text/tokenize.js';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = join(here, '..', 'src', 'modules', 'conversations');
const seed = Number(process.env.SEED ?? DEFAULT_SEED);

const optionsArg = process.argv.find((a) => a.startsWith('--options='))?.slice('--options='.length);
const cliOptions = (optionsArg ? JSON.parse(optionsArg) : {}) as Partial<IntentTrainOptions>;
const batch5Except = (process.argv.find((a) => a.startsWith('--batch-5-without='))?.slice('--batch-5-without='.length) ?? '').split(',').filter(Boolean);
const batch5 = process.argv.includes('--batch-5') || batch5Except.length ? TRAIN_ONLY_FAMILIES_5.filter((f) => !batch5Except.some((i) => f.intents.includes(i as Intent) || f.hardNegativeOf === i)) : [];
// `--batch-7` emits the unshipped half of the seventh batch (`s-` attorney families, each taught
// as its own intents only) after every shipped family; its dispute half is shipped.
const batch7 = process.argv.includes('--batch-7') ? [...SEVENTH_BATCH_UNSHIPPED] : [];
// `--batch-8` to `--batch-16` likewise emit those batches' unshipped families (own intents only).
const batch8 = process.argv.includes('--batch-8') ? [...EIGHTH_BATCH_UNSHIPPED] : [];
const batch9 = process.argv.includes('--batch-9') ? [...NINTH_BATCH_UNSHIPPED] : [];
const batch10 = process.argv.includes('--batch-10') ? [...TENTH_BATCH_UNSHIPPED] : [];
const batch11 = process.argv.includes('--batch-11') ? [...ELEVENTH_BATCH_UNSHIPPED] : [];
const batch12 = process.argv.includes('--batch-12') ? [...TWELFTH_BATCH_UNSHIPPED] : [];
const batch13 = process.argv.includes('--batch-13') ? [...THIRTEENTH_BATCH_UNSHIPPED] : [];
const batch14 = process.argv.includes('--batch-14') ? [...FOURTEENTH_BATCH_UNSHIPPED] : [];
const batch15 = process.argv.includes('--batch-15') ? [...FIFTEENTH_BATCH_UNSHIPPED] : [];
const batch16 = process.argv.includes('--batch-16') ? [...SIXTEENTH_BATCH_UNSHIPPED] : [];
const evaluated = [...batch7, ...batch8, ...batch9, ...batch10, ...batch11, ...batch12, ...batch13, ...batch14, ...batch15, ...batch16];
const generated = generateIntentExamples(seed, PER_FAMILY, [...batch5, ...evaluated]);
// The development sets (every set written apart but the held-out and pending ones: other authors'
// voices) are trained on. `--without-development-sets` leaves them all out (the recipe before them);
// `--without-development-sets=held9,...` leaves out those named (to read one as a new author's set).
const developmentArg = process.argv.find((a) => a === '--without-development-sets' || a.startsWith('--without-development-sets='));
const developmentLeftOut = developmentArg === '--without-development-sets' ? DEVELOPMENT_SETS.map((set) => set.name) : (developmentArg?.split('=')[1] ?? '').split(',').filter(Boolean);
const withDevelopmentSets = developmentLeftOut.length < DEVELOPMENT_SETS.length;
const developmentSets = DEVELOPMENT_SETS.filter((set) => !developmentLeftOut.includes(set.name));
// `--also-train=held10,dev12,...` also trains on those held-out or pending sets (a candidate under
// evaluation; the held-out figures printed then exclude nothing, so read the sets not named).
const alsoTrain = (process.argv.find((a) => a.startsWith('--also-train='))?.slice('--also-train='.length) ?? '').split(',').filter(Boolean);
const alsoTrainSets = [...HELD_OUT_SETS, ...PENDING_SETS].filter((set) => alsoTrain.includes(set.name));
const isDevelopmentFamily = (family: string) => developmentSets.some((set) => set.has(family)) || alsoTrainSets.some((set) => set.has(family));
const evaluatedIds = new Set([...evaluated.map((f) => f.id), ...generated.filter((g) => isDevelopmentFamily(g.family)).map((g) => g.family)]);
writeFileSync(join(moduleDir, 'data', 'intent-utterances.jsonl'), generated.map((g) => JSON.stringify(g)).join('\n') + '\n');
const handWritten = parseUtterances(readFileSync(join(moduleDir, 'data', 'utterances.jsonl'), 'utf8'));

const labelFiles = process.argv.flatMap((a, i) => (a === '--labels' && process.argv[i + 1] ? [process.argv[i + 1]!] : a.startsWith('--labels=') ? [a.slice('--labels='.length)] : []));
const reviewed = labelFiles.flatMap((f) => reviewedExamples(readFileSync(f, 'utf8'), basename(f)));

// Families that teach only their own intents (the family's labels and the intent it is a hard
// negative of): the shipped sixth batch, and with `--batch-own-intents` the unshipped fifth.
const batch5Own = new Set(process.argv.includes('--batch-own-intents') ? batch5.map((f) => f.id) : []);
const ownOnly = { has: (family: string) => teachesOnlyOwnIntents(family) || batch5Own.has(family) };
// Every set written apart is split 'test' in the data. The held-out sets (the fixed split and
// HELD_OUT_SETS) and the pending ones are also excluded by name, so no change of split can bring them into
// training; the development sets join it by name. The held-out figures are printed on stdout after
// training (out-of-fold figures, which choose options, go to stderr first).
const trainable = (g: (typeof generated)[number]) => (g.split === 'train' && !isNamedHeldOutFamily(g.family)) || isDevelopmentFamily(g.family);
const written: IntentTrainingExample[] = [
  ...generated.filter(trainable).map((g) => ({ text: g.text, intents: g.intents, family: g.family, ...(g.hardNegativeOf ? { hardNegativeOf: g.hardNegativeOf } : {}), ...(ownOnly.has(g.family) ? { known: [...new Set([...g.intents, ...(g.hardNegativeOf ? [g.hardNegativeOf] : [])])] } : {}), ...(drawsItsOwnFold(g.family) ? { ownFold: true } : {}) })),
  ...handWritten.filter((u) => u.split === 'train').map((u) => ({ text: u.text, intents: u.intents, family: u.id })),
];
const training: IntentTrainingExample[] = [...written, ...reviewed];

function patternNames(text: string): Intent[] {
  const t = tokenize(text);
  return matchIntentPatterns(t, detectLanguage(t.words, text)).map((m) => m.intent);
}

// Out-of-fold scores per variant, kept so the final training reuses the kept variant's instead of
// computing them again (same examples, same options: the same scores).
const oofOf = new Map<boolean, OutOfFold>();
/** Out-of-fold macro-F1 and critical recall on the train split, at a 0.5 probability cut. */
function oofSummary(patternFeatures: boolean) {
  const oof = outOfFoldScores(written, { ...cliOptions, patternFeatures });
  oofOf.set(patternFeatures, oof);
  // Per intent at the thresholds the training picks from these scores (train families only).
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  for (const [j, intent] of INTENTS.entries()) {
    const t = oofThresholds(oof, j, { ...cliOptions, patternFeatures });
    let tp = 0, fp = 0, fn = 0, hnFp = 0;
    t.labeled.forEach((i, k) => {
      const got = t.p[k]! >= (t.hit[k] ? t.withPattern : t.alone) && (!t.pv || t.pv[k]! >= t.verifyThreshold || t.p[k]! >= t.trustAbove);
      if (got && t.y[k]) tp++;
      else if (got) { fp++; if (written[i]!.hardNegativeOf === intent) hnFp++; }
      else if (t.y[k]) fn++;
    });
    console.error(JSON.stringify({ outOfFold: patternFeatures ? 'with pattern features' : 'without', intent, recall: r3(tp / Math.max(1, tp + fn)), misses: fn, hnPrecision: r3(tp / Math.max(1, tp + hnFp)), hnFalseAlarms: hnFp, precision: r3(tp / Math.max(1, tp + fp)), f1: r3((2 * tp) / Math.max(1, 2 * tp + fp + fn)) }));
    if (withDevelopmentSets) {
      // Out of fold over the development sets' families alone: how the model does on other
      // authors' families when trained on the rest (folds are by family).
      let tpD = 0, fpD = 0, fnD = 0, hnFpD = 0;
      t.labeled.forEach((i, k) => {
        if (!isDevelopmentFamily(written[i]!.family)) return;
        const got = t.p[k]! >= (t.hit[k] ? t.withPattern : t.alone) && (!t.pv || t.pv[k]! >= t.verifyThreshold || t.p[k]! >= t.trustAbove);
        if (got && t.y[k]) tpD++;
        else if (got) { fpD++; if (written[i]!.hardNegativeOf === intent) hnFpD++; }
        else if (t.y[k]) fnD++;
      });
      console.error(JSON.stringify({ outOfFold: 'development sets only', intent, recall: r3(tpD / Math.max(1, tpD + fnD)), misses: fnD, hnPrecision: r3(tpD / Math.max(1, tpD + hnFpD)), hnFalseAlarms: hnFpD, precision: r3(tpD / Math.max(1, tpD + fpD)), f1: r3((2 * tpD) / Math.max(1, 2 * tpD + fpD + fnD)) }));
    }
    if (evaluatedIds.size) {
      // The same figures over the families trained without the batches under evaluation, so they
      // compare with a run that does not emit them.
      let tp0 = 0, fp0 = 0, fn0 = 0, hnFp0 = 0;
      t.labeled.forEach((i, k) => {
        if (evaluatedIds.has(written[i]!.family)) return;
        const got = t.p[k]! >= (t.hit[k] ? t.withPattern : t.alone) && (!t.pv || t.pv[k]! >= t.verifyThreshold || t.p[k]! >= t.trustAbove);
        if (got && t.y[k]) tp0++;
        else if (got) { fp0++; if (written[i]!.hardNegativeOf === intent) hnFp0++; }
        else if (t.y[k]) fn0++;
      });
      console.error(JSON.stringify({ outOfFold: 'earlier families only', intent, recall: r3(tp0 / Math.max(1, tp0 + fn0)), misses: fn0, hnPrecision: r3(tp0 / Math.max(1, tp0 + hnFp0)), hnFalseAlarms: hnFp0, precision: r3(tp0 / Math.max(1, tp0 + fp0)), f1: r3((2 * tp0) / Math.max(1, 2 * tp0 + fp0 + fn0)) }));
    }
  }
  const items = written.map((e, i) => ({ text: e.text, language: 'en' as const, intents: e.intents, i }));
  const f = intentSetFigures(items, (it) => INTENTS.filter((_, j) => sigmoid(oof.scores[(it as unknown as { i: number }).i]![j]!) >= 0.5));
  return { macroF1: f.macroF1, criticalRecall: Object.fromEntries(f.perIntent.filter((r) => (CRITICAL_INTENTS as readonly string[]).includes(r.intent)).map((r) => [r.intent, r.recall])) };
}

const patternsOnly = intentSetFigures(
  written.map((e) => ({ text: e.text, language: 'en' as const, intents: e.intents })),
  (it) => patternNames(it.text),
);
// `--keep-pattern-features` skips the comparison (two fewer cross-validations) and keeps the
// variant every comparison so far has kept: the model with pattern features.
const skipVariants = process.argv.includes('--keep-pattern-features');
const variants = skipVariants
  ? { patternsOnly: { macroF1: patternsOnly.macroF1 }, modelWithPatternFeatures: oofSummary(true) }
  : { patternsOnly: { macroF1: patternsOnly.macroF1 }, modelWithoutPatterns: oofSummary(false), modelWithPatternFeatures: oofSummary(true) };
const without = 'modelWithoutPatterns' in variants ? variants.modelWithoutPatterns : undefined;
const patternFeatures = without ? variants.modelWithPatternFeatures.macroF1 >= without.macroF1 : true;

const model = trainIntentModel(training, { ...cliOptions, patternFeatures }, reviewed.length ? undefined : oofOf.get(patternFeatures));
model.trainedOn = `intent-utterances.jsonl train split (seed ${seed}, ${generated.filter(trainable).length} generated) + utterances.jsonl train split (${handWritten.filter((u) => u.split === 'train').length} hand-written)${reviewed.length ? ` + ${reviewed.length} reviewed utterances (${labelFiles.map((f) => basename(f)).join(', ')})` : ''}`;
model.license = 'Apache-2.0 (trained on data written for Kindly)';
writeFileSync(join(moduleDir, 'intents', 'model', 'intents.json'), JSON.stringify(model) + '\n');

// Held-out figures: the test split of both files, never trained or tuned on.
const compiled = compileIntentModel(model);
// The held-out sets, reported apart: the split fixed before the later families were written, and
// the named held-out sets (written by authors who opened no family file).
const test = evalItemsOf(generated.filter((g) => g.split === 'test' && isFixedTestFamily(g.family)), handWritten.filter((u) => u.split === 'test'));
const named = Object.fromEntries(HELD_OUT_SETS.map((set) => [set.name, evalItemsOf(generated.filter((g) => set.has(g.family)), [])]));
const modelDetect = (text: string) => scoreIntents(compiled, featuresOf(text, patternFeatures, undefined, model.featureSet ?? 1), patternNames(text)).filter((s) => s.fires).map((s) => s.intent);
const report = (lang?: 'en' | 'es', set = test) => {
  const items = lang ? set.filter((t) => t.language === lang) : set;
  return intentSetFigures(items, (it) => modelDetect(it.text));
};
const out = {
  seed,
  generated: { total: generated.length, train: generated.filter(trainable).length, test: generated.filter((g) => g.split === 'test').length, families: new Set(generated.map((g) => g.family)).size },
  variantsOutOfFold: variants,
  reviewed: { files: labelFiles.map((f) => basename(f)), utterances: reviewed.length },
  kept: patternFeatures ? 'model with pattern features' : 'model without pattern features',
  thresholds: Object.fromEntries(model.intents.map((i, j) => [i, { alone: model.thresholds[j], withPattern: model.patternThresholds[j], ...Object.fromEntries((model.verifiers ?? []).filter((v) => v.intent === i).flatMap((v) => [['verifier', v.threshold], ...(v.trustAbove === undefined ? [] : [['verifierTrustAbove', v.trustAbove]])])) }])),
  weights: model.weights.reduce((s, [ids]) => s + ids.length, 0),
  verifierWeights: (model.verifiers ?? []).reduce((s, v) => s + v.weights[0].length, 0),
  heldOut: { all: report(), en: report('en'), es: report('es') },
  ...Object.fromEntries(Object.entries(named).map(([name, set]) => [name, { all: report(undefined, set), en: report('en', set), es: report('es', set) }])),
  heldOutPatternsOnly: intentSetFigures(test, (it) => patternNames(it.text)).macroF1,
};
console.log(JSON.stringify(out, null, 1));
