/**
 * Reads the intent model in intents/model/intents.json (the shipped one, or a candidate just
 * written by `npm run train:intents`) on the held-out sets (the fixed split, held10, held11), through `detectIntents` as the
 * product calls it (with the opt-out keyword rule, as `kindly bench --only conversations`):
 * per critical intent misses, recall and precision on hard negatives, macro-F1 (all, EN, ES).
 * Nothing is tuned here; it prints figures only. With `--stages`, each critical intent's misses
 * are also counted by stage: the first stage under its threshold, or a verifier veto (counts
 * only, no text).
 *
 *   npx tsx scripts/report-intent-sets.ts [label] [--stages] [--only=fixed,held10,...] [--together] [--development]
 */
import { readFileSync } from 'node:fs';
import shippedModel from '../src/modules/conversations/intents/model/intents.json' with { type: 'json' };
import { featuresOf } from '../src/modules/conversations/intents/train-intent-model.js';
import { compileIntentModel, scoreIntents, type IntentModel } from '../src/modules/conversations/intents/intent-model.js';
import { matchIntentPatterns } from '../src/modules/conversations/intents/detect-intents.js';
import { detectLanguage } from '../src/modules/conversations/text/detect-language.js';
import { tokenize } from '../src/modules/conversations/text/tokenize.js';
import { CRITICAL_INTENTS, detectIntents, evalItemsOf, intentSetFigures, isFixedTestFamily, DEVELOPMENT_SETS, HELD_OUT_SETS, PENDING_SETS, parseUtterances, UTTERANCES_URL, type EvalItem, type IntentExample } from '../src/modules/conversations/index.js';

const generated = readFileSync(new URL('../src/modules/conversations/data/intent-utterances.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as IntentExample);
const handWritten = parseUtterances(readFileSync(UTTERANCES_URL, 'utf8'));
// The held-out sets: the fixed split and the named held-out sets. `--development` adds the
// development sets (trained on by the shipped recipe, so their figures are in-sample for it; for a
// model trained without one, `--without-development-sets=NAME`, that one is a new author's set).
// `--only=held10,...` reads only the named sets.
const only = (process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '').split(',').filter(Boolean);
// A pending set (PENDING_SETS, kept unread for one decision) is read only when named in `--only`.
const named = [...HELD_OUT_SETS, ...(process.argv.includes('--development') || only.length ? DEVELOPMENT_SETS : []), ...PENDING_SETS.filter((set) => only.includes(set.name))];
const sets: Record<string, EvalItem[]> = Object.fromEntries(
  Object.entries({
    fixed: evalItemsOf(generated.filter((g) => g.split === 'test' && isFixedTestFamily(g.family)), handWritten.filter((u) => u.split === 'test')),
    ...Object.fromEntries(named.map((set) => [set.name, evalItemsOf(generated.filter((g) => set.has(g.family)), [])])),
  }).filter(([name]) => only.length === 0 || only.includes(name)),
);
// `--together` also reads the named sets as one (the union of their utterances).
if (process.argv.includes('--together') && Object.keys(sets).length > 1) sets[Object.keys(sets).join('+')] = Object.values(sets).flat();
const detect = (it: EvalItem) => detectIntents(it.text, it.medium ? { medium: it.medium } : {}).map((m) => m.intent);
const label = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'model';
const compiled = compileIntentModel(shippedModel as unknown as IntentModel);
/** Which stage missed a critical positive the product did not report: 'first' or 'veto'. */
function missStage(it: EvalItem, intent: string): 'first' | 'veto' {
  const t = tokenize(it.text);
  const hits = matchIntentPatterns(t, detectLanguage(t.words, it.text)).map((m) => m.intent);
  const f = featuresOf(it.text, compiled.model.patternFeatures, undefined, compiled.model.featureSet ?? 1);
  const j = compiled.model.intents.indexOf(intent as never);
  const s = scoreIntents(compiled, f, hits)[j]!;
  const threshold = hits.includes(intent as never) ? Math.min(compiled.model.thresholds[j]!, compiled.model.patternThresholds[j]!) : compiled.model.thresholds[j]!;
  return s.probability >= threshold ? 'veto' : 'first';
}
for (const [name, items] of Object.entries(sets)) {
  if (items.length === 0) continue;
  const all = intentSetFigures(items, detect);
  const en = intentSetFigures(items.filter((t) => t.language === 'en'), detect).macroF1;
  const es = intentSetFigures(items.filter((t) => t.language === 'es'), detect).macroF1;
  const critical = Object.fromEntries(all.perIntent.filter((r) => (CRITICAL_INTENTS as readonly string[]).includes(r.intent)).map((r) => [r.intent, `miss ${r.fn}/${r.support} R ${r.recall} hnP ${r.hardNegatives!.precision} (${r.hardNegatives!.falseAlarms}/${r.hardNegatives!.n}) FP ${r.fp}`]));
  const crit = all.perIntent.filter((r) => (CRITICAL_INTENTS as readonly string[]).includes(r.intent));
  // The five critical intents together: misses, false alarms on their hard negatives, false positives over every utterance.
  const criticalTotals = { misses: crit.reduce((s, r) => s + r.fn, 0), hardNegativeFalseAlarms: crit.reduce((s, r) => s + r.hardNegatives!.falseAlarms, 0), falsePositives: crit.reduce((s, r) => s + r.fp, 0) };
  const other = Object.fromEntries(all.perIntent.filter((r) => !(CRITICAL_INTENTS as readonly string[]).includes(r.intent) && r.support > 0).map((r) => [r.intent, `R ${r.recall} F1 ${r.f1}`]));
  const stages = process.argv.includes('--stages')
    ? Object.fromEntries(CRITICAL_INTENTS.map((intent) => {
        const missed = items.filter((it) => it.intents.includes(intent) && !detect(it).includes(intent)).map((it) => missStage(it, intent));
        return [intent, { first: missed.filter((x) => x === 'first').length, veto: missed.filter((x) => x === 'veto').length }];
      }))
    : undefined;
  console.log(JSON.stringify({ label, set: name, ...(stages ? { stages } : {}), n: items.length, nEn: items.filter((t) => t.language === 'en').length, nEs: items.filter((t) => t.language === 'es').length, macroF1: all.macroF1, en, es, critical, criticalTotals, other }, null, 1));
}
