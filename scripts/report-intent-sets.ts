/**
 * Reads the intent model in intents/model/intents.json (the shipped one, or a candidate just
 * written by `npm run train:intents`) on the four held-out sets, through `detectIntents` as the
 * product calls it (with the opt-out keyword rule, as `kindly bench --only conversations`):
 * per critical intent misses, recall and precision on hard negatives, macro-F1 (all, EN, ES).
 * Nothing is tuned here; it prints figures only.
 *
 *   npx tsx scripts/report-intent-sets.ts [label]
 */
import { readFileSync } from 'node:fs';
import { CRITICAL_INTENTS, detectIntents, evalItemsOf, intentSetFigures, isBlindFamily, isCheckFamily, isFixedTestFamily, isFreshFamily, parseUtterances, UTTERANCES_URL, type EvalItem, type IntentExample } from '../src/modules/conversations/index.js';

const generated = readFileSync(new URL('../src/modules/conversations/data/intent-utterances.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as IntentExample);
const handWritten = parseUtterances(readFileSync(UTTERANCES_URL, 'utf8'));
const sets: Record<string, EvalItem[]> = {
  fixed: evalItemsOf(generated.filter((g) => g.split === 'test' && isFixedTestFamily(g.family)), handWritten.filter((u) => u.split === 'test')),
  fresh: evalItemsOf(generated.filter((g) => isFreshFamily(g.family)), []),
  check: evalItemsOf(generated.filter((g) => isCheckFamily(g.family)), []),
  blind: evalItemsOf(generated.filter((g) => isBlindFamily(g.family)), []),
};
const detect = (it: EvalItem) => detectIntents(it.text, it.medium ? { medium: it.medium } : {}).map((m) => m.intent);
const label = process.argv[2] ?? 'model';
for (const [name, items] of Object.entries(sets)) {
  if (items.length === 0) continue;
  const all = intentSetFigures(items, detect);
  const en = intentSetFigures(items.filter((t) => t.language === 'en'), detect).macroF1;
  const es = intentSetFigures(items.filter((t) => t.language === 'es'), detect).macroF1;
  const critical = Object.fromEntries(all.perIntent.filter((r) => (CRITICAL_INTENTS as readonly string[]).includes(r.intent)).map((r) => [r.intent, `miss ${r.fn}/${r.support} R ${r.recall} hnP ${r.hardNegatives!.precision} (${r.hardNegatives!.falseAlarms}/${r.hardNegatives!.n})`]));
  const other = Object.fromEntries(all.perIntent.filter((r) => !(CRITICAL_INTENTS as readonly string[]).includes(r.intent) && r.support > 0).map((r) => [r.intent, `R ${r.recall} F1 ${r.f1}`]));
  console.log(JSON.stringify({ label, set: name, n: items.length, nEn: items.filter((t) => t.language === 'en').length, nEs: items.filter((t) => t.language === 'es').length, macroF1: all.macroF1, en, es, critical, other }, null, 1));
}
