/**
 * How independent a held-out set of intent families is from every other family: word overlap,
 * no model involved (nothing is scored, so reading it leaves the set unseen).
 *
 * 1. Templates: for each template of the set, the highest Jaccard similarity of its word set
 *    (lower case, accents and apostrophes dropped, slot placeholders removed) with any template
 *    of another family file; counts at >= 0.5, >= 0.75 and 1.0, against the training families
 *    (emitted or not) and against every other family (held-out sets included).
 * 2. Utterances: for each generated utterance of the set (data/intent-utterances.jsonl), the
 *    share of its word trigrams found anywhere in the training side (the train split of
 *    intent-utterances.jsonl with the development sets, and of utterances.jsonl), and how many are, normalized, the same
 *    text as a training utterance.
 *
 *   npx tsx scripts/intent-set-overlap.ts [prefix (h16-, h17-, ...), default h16-] [--closest=N]
 */
import { readFileSync } from 'node:fs';
import { FAMILIES, HELD_OUT_FAMILIES, type IntentFamily } from '../src/modules/conversations/data/intent-families.js';
import { MORE_FAMILIES } from '../src/modules/conversations/data/intent-families-more.js';
import { TRAIN_ONLY_FAMILIES } from '../src/modules/conversations/data/intent-families-train.js';
import { TRAIN_ONLY_FAMILIES_2 } from '../src/modules/conversations/data/intent-families-train-2.js';
import { TRAIN_ONLY_FAMILIES_3 } from '../src/modules/conversations/data/intent-families-train-3.js';
import { TRAIN_ONLY_FAMILIES_4 } from '../src/modules/conversations/data/intent-families-train-4.js';
import { TRAIN_ONLY_FAMILIES_5 } from '../src/modules/conversations/data/intent-families-train-5.js';
import { TRAIN_ONLY_FAMILIES_6 } from '../src/modules/conversations/data/intent-families-train-6.js';
import { FRESH_HELD_OUT_FAMILIES } from '../src/modules/conversations/data/intent-families-fresh.js';
import { CHECK_HELD_OUT_FAMILIES } from '../src/modules/conversations/data/intent-families-check.js';
import { BLIND_HELD_OUT_FAMILIES } from '../src/modules/conversations/data/intent-families-blind.js';
import { HELD_5_FAMILIES } from '../src/modules/conversations/data/intent-families-held-5.js';
import { HELD_6_FAMILIES } from '../src/modules/conversations/data/intent-families-held-6.js';
import { HELD_7_FAMILIES } from '../src/modules/conversations/data/intent-families-held-7.js';
import { HELD_8_FAMILIES } from '../src/modules/conversations/data/intent-families-held-8.js';
import { HELD_9_FAMILIES } from '../src/modules/conversations/data/intent-families-held-9.js';
import { HELD_10_FAMILIES } from '../src/modules/conversations/data/intent-families-held-10.js';
import { HELD_11_FAMILIES } from '../src/modules/conversations/data/intent-families-held-11.js';
import { TRAIN_ONLY_FAMILIES_17 } from '../src/modules/conversations/data/intent-families-train-17.js';
import { HELD_12_FAMILIES } from '../src/modules/conversations/data/intent-families-held-12.js';
import { HELD_13_FAMILIES } from '../src/modules/conversations/data/intent-families-held-13.js';
import { DEV_12_FAMILIES } from '../src/modules/conversations/data/intent-families-dev-12.js';
import { DEV_13_FAMILIES } from '../src/modules/conversations/data/intent-families-dev-13.js';
import { HELD_14_FAMILIES } from '../src/modules/conversations/data/intent-families-held-14.js';
import { HELD_15_FAMILIES } from '../src/modules/conversations/data/intent-families-held-15.js';
import { DEV_14_FAMILIES } from '../src/modules/conversations/data/intent-families-dev-14.js';
import { DEV_15_FAMILIES } from '../src/modules/conversations/data/intent-families-dev-15.js';
import { TRAIN_ONLY_FAMILIES_18 } from '../src/modules/conversations/data/intent-families-train-18.js';
import { HELD_16_FAMILIES } from '../src/modules/conversations/data/intent-families-held-16.js';
import { HELD_17_FAMILIES } from '../src/modules/conversations/data/intent-families-held-17.js';
import { isDevelopmentFamily, isNamedHeldOutFamily, parseUtterances, UTTERANCES_URL, type IntentExample } from '../src/modules/conversations/index.js';

const prefix = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'h16-';
const closest = Number(process.argv.find((a) => a.startsWith('--closest='))?.slice('--closest='.length) ?? 0);

/** Each family file, and whether its families are trained on (a third of the first two files are test by hash: counted as training, the cautious side; the development sets are trained on). */
const FILES: { file: string; training: boolean; families: readonly IntentFamily[] }[] = [
  { file: 'intent-families.ts', training: true, families: FAMILIES },
  { file: 'intent-families.ts (held out)', training: false, families: HELD_OUT_FAMILIES },
  { file: 'intent-families-more.ts', training: true, families: MORE_FAMILIES },
  { file: 'intent-families-train.ts', training: true, families: TRAIN_ONLY_FAMILIES },
  { file: 'intent-families-train-2.ts', training: true, families: TRAIN_ONLY_FAMILIES_2 },
  { file: 'intent-families-train-3.ts', training: true, families: TRAIN_ONLY_FAMILIES_3 },
  { file: 'intent-families-train-4.ts', training: true, families: TRAIN_ONLY_FAMILIES_4 },
  { file: 'intent-families-train-5.ts', training: true, families: TRAIN_ONLY_FAMILIES_5 },
  { file: 'intent-families-train-6.ts', training: true, families: TRAIN_ONLY_FAMILIES_6 },
  { file: 'intent-families-fresh.ts', training: true, families: FRESH_HELD_OUT_FAMILIES },
  { file: 'intent-families-check.ts', training: true, families: CHECK_HELD_OUT_FAMILIES },
  { file: 'intent-families-blind.ts', training: true, families: BLIND_HELD_OUT_FAMILIES },
  { file: 'intent-families-held-5.ts', training: true, families: HELD_5_FAMILIES },
  { file: 'intent-families-held-6.ts', training: true, families: HELD_6_FAMILIES },
  { file: 'intent-families-held-7.ts', training: true, families: HELD_7_FAMILIES },
  { file: 'intent-families-held-8.ts', training: true, families: HELD_8_FAMILIES },
  { file: 'intent-families-held-9.ts', training: true, families: HELD_9_FAMILIES },
  { file: 'intent-families-train-17.ts', training: true, families: TRAIN_ONLY_FAMILIES_17 },
  { file: 'intent-families-held-10.ts', training: true, families: HELD_10_FAMILIES },
  { file: 'intent-families-held-11.ts', training: true, families: HELD_11_FAMILIES },
  { file: 'intent-families-held-12.ts', training: true, families: HELD_12_FAMILIES },
  { file: 'intent-families-held-13.ts', training: true, families: HELD_13_FAMILIES },
  { file: 'intent-families-dev-12.ts', training: true, families: DEV_12_FAMILIES },
  { file: 'intent-families-dev-13.ts', training: true, families: DEV_13_FAMILIES },
  { file: 'intent-families-held-14.ts', training: true, families: HELD_14_FAMILIES },
  { file: 'intent-families-held-15.ts', training: true, families: HELD_15_FAMILIES },
  { file: 'intent-families-dev-14.ts', training: true, families: DEV_14_FAMILIES },
  { file: 'intent-families-dev-15.ts', training: true, families: DEV_15_FAMILIES },
  { file: 'intent-families-train-18.ts', training: true, families: TRAIN_ONLY_FAMILIES_18 },
  { file: 'intent-families-held-16.ts', training: false, families: HELD_16_FAMILIES },
  { file: 'intent-families-held-17.ts', training: false, families: HELD_17_FAMILIES },
];

const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\{\w+\}/g, ' ').replace(/['’]/g, '');
const words = (s: string) => norm(s).split(/[^a-z0-9ñ]+/).filter(Boolean);
const jaccard = (a: Set<string>, b: Set<string>) => {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
};

const target = FILES.flatMap((f) => f.families.filter((fam) => fam.id.startsWith(prefix)).flatMap((fam) => fam.templates.map((t) => ({ family: fam.id, text: t, set: new Set(words(t)) }))));
const others = FILES.flatMap((f) => f.families.filter((fam) => !fam.id.startsWith(prefix)).flatMap((fam) => fam.templates.map((t) => ({ file: f.file, training: f.training, family: fam.id, text: t, set: new Set(words(t)) }))));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const best = target.map((t) => {
  let all = { score: 0, other: undefined as (typeof others)[number] | undefined };
  let training = { score: 0, other: undefined as (typeof others)[number] | undefined };
  for (const o of others) {
    const s = jaccard(t.set, o.set);
    if (s > all.score) all = { score: s, other: o };
    if (o.training && s > training.score) training = { score: s, other: o };
  }
  return { t, all, training };
});
const counts = (xs: number[]) => ({ atLeast05: xs.filter((x) => x >= 0.5).length, atLeast075: xs.filter((x) => x >= 0.75).length, identical: xs.filter((x) => x === 1).length, mean: r3(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) });

// Utterance-level: word trigrams of the set's generated utterances against the training side.
const generated = readFileSync(new URL('../src/modules/conversations/data/intent-utterances.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as IntentExample);
const handWritten = parseUtterances(readFileSync(UTTERANCES_URL, 'utf8'));
const trainTexts = [...generated.filter((g) => (g.split === 'train' && !isNamedHeldOutFamily(g.family)) || isDevelopmentFamily(g.family)).map((g) => g.text), ...handWritten.filter((u) => u.split === 'train').map((u) => u.text)];
const trigrams = (s: string) => {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
};
const trainGrams = new Set(trainTexts.flatMap(trigrams));
const trainNorm = new Set(trainTexts.map((t) => words(t).join(' ')));
const mine = generated.filter((g) => g.family.startsWith(prefix));
const shares = mine.map((g) => {
  const grams = trigrams(g.text);
  return grams.length === 0 ? 0 : grams.filter((x) => trainGrams.has(x)).length / grams.length;
});
const allGrams = mine.flatMap((g) => trigrams(g.text));

console.log(JSON.stringify({
  prefix,
  families: new Set(target.map((t) => t.family)).size,
  templates: target.length,
  templatesAgainstTraining: counts(best.map((b) => b.training.score)),
  templatesAgainstAllOther: counts(best.map((b) => b.all.score)),
  closestFileCounts: Object.fromEntries(FILES.map((f) => [f.file, best.filter((b) => b.all.score >= 0.5 && b.all.other?.file === f.file).length]).filter(([, n]) => n)),
  utterances: mine.length,
  utteranceTrigramsInTraining: { mean: r3(shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length)), atLeast05: shares.filter((x) => x >= 0.5).length, pooled: r3(allGrams.filter((x) => trainGrams.has(x)).length / Math.max(1, allGrams.length)) },
  utterancesSameAsTraining: mine.filter((g) => trainNorm.has(words(g.text).join(' '))).length,
}, null, 1));
if (closest > 0) {
  for (const b of [...best].sort((x, y) => y.all.score - x.all.score).slice(0, closest)) {
    console.log(`${r3(b.all.score)}  ${b.t.family}: ${b.t.text}\n       ${b.all.other!.file} ${b.all.other!.family}: ${b.all.other!.text}`);
  }
}
