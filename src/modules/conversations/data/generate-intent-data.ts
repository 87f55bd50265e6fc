import type { Intent } from '../intent-effects.js';
import { FAMILIES as FIRST_FAMILIES, HELD_OUT_FAMILIES, SLOTS, type IntentFamily, type Medium } from './intent-families.js';
import { MORE_FAMILIES } from './intent-families-more.js';
import { FRESH_HELD_OUT_FAMILIES } from './intent-families-fresh.js';
import { TRAIN_ONLY_FAMILIES } from './intent-families-train.js';
import { TRAIN_ONLY_FAMILIES_2 } from './intent-families-train-2.js';
import { CHECK_HELD_OUT_FAMILIES } from './intent-families-check.js';
import { TRAIN_ONLY_FAMILIES_4 } from './intent-families-train-4.js';
import { TRAIN_ONLY_FAMILIES_6 } from './intent-families-train-6.js';
import { TRAIN_ONLY_FAMILIES_7 } from './intent-families-train-7.js';
import { BATCH_8_SHIPPED, TRAIN_ONLY_FAMILIES_8 } from './intent-families-train-8.js';
import { BATCH_9_SHIPPED, TRAIN_ONLY_FAMILIES_9 } from './intent-families-train-9.js';
import { BATCH_10_SHIPPED, TRAIN_ONLY_FAMILIES_10 } from './intent-families-train-10.js';
import { BATCH_11_SHIPPED, TRAIN_ONLY_FAMILIES_11 } from './intent-families-train-11.js';
import { BATCH_12_SHIPPED, TRAIN_ONLY_FAMILIES_12 } from './intent-families-train-12.js';
import { BATCH_13_SHIPPED, TRAIN_ONLY_FAMILIES_13 } from './intent-families-train-13.js';
import { BATCH_14_SHIPPED, TRAIN_ONLY_FAMILIES_14 } from './intent-families-train-14.js';
import { BATCH_15_SHIPPED, TRAIN_ONLY_FAMILIES_15 } from './intent-families-train-15.js';
import { BATCH_16_SHIPPED, TRAIN_ONLY_FAMILIES_16 } from './intent-families-train-16.js';
import { BATCH_17_SHIPPED } from './intent-families-train-17.js';
import { BATCH_18_SHIPPED } from './intent-families-train-18.js';
import { BLIND_HELD_OUT_FAMILIES } from './intent-families-blind.js';
import { HELD_5_FAMILIES } from './intent-families-held-5.js';
import { HELD_6_FAMILIES } from './intent-families-held-6.js';
import { HELD_7_FAMILIES } from './intent-families-held-7.js';
import { HELD_8_FAMILIES } from './intent-families-held-8.js';
import { HELD_9_FAMILIES } from './intent-families-held-9.js';
import { HELD_10_FAMILIES } from './intent-families-held-10.js';
import { HELD_11_FAMILIES } from './intent-families-held-11.js';
import { HELD_12_FAMILIES } from './intent-families-held-12.js';
import { HELD_13_FAMILIES } from './intent-families-held-13.js';
import { DEV_12_FAMILIES } from './intent-families-dev-12.js';
import { DEV_13_FAMILIES } from './intent-families-dev-13.js';
import { HELD_14_FAMILIES } from './intent-families-held-14.js';
import { HELD_15_FAMILIES } from './intent-families-held-15.js';
import { DEV_14_FAMILIES } from './intent-families-dev-14.js';
import { DEV_15_FAMILIES } from './intent-families-dev-15.js';
import { HELD_16_FAMILIES } from './intent-families-held-16.js';
import { HELD_17_FAMILIES } from './intent-families-held-17.js';

/** Every trainable family (new ones are appended, so existing families keep their utterances). */
export const FAMILIES: readonly IntentFamily[] = [...FIRST_FAMILIES, ...MORE_FAMILIES];

/** Families of the fresh held-out set (written before any run against them; see intent-families-fresh.ts). */
export const isFreshFamily = (family: string): boolean => family.startsWith('y-');

/** Families of the check set (a third held-out set, committed before the training run that first met it; intent-families-check.ts). */
export const isCheckFamily = (family: string): boolean => family.startsWith('z-');

/** Families of the blind set (a fourth held-out set, committed before any training run met it; intent-families-blind.ts). */
export const isBlindFamily = (family: string): boolean => family.startsWith('k-');

/** Families of the fifth held-out set, "held5" (written without reading the training, fresh or check families; intent-families-held-5.ts). */
export const isHeld5Family = (family: string): boolean => family.startsWith('h5-');

/** Families of the sixth held-out set, "held6" (written in one sitting and committed before any model was read on it; intent-families-held-6.ts). */
export const isHeld6Family = (family: string): boolean => family.startsWith('h6-');

/** Families of the seventh held-out set, "held7" (written in one sitting and committed before any model was read on it, then read once for one decision; intent-families-held-7.ts). */
export const isHeld7Family = (family: string): boolean => family.startsWith('h7-');

/** Families of the eighth held-out set, "held8" (written in one sitting and committed before any model was read on it, then read once for one decision; intent-families-held-8.ts). */
export const isHeld8Family = (family: string): boolean => family.startsWith('h8-');

/** Families of the ninth held-out set, "held9" (written in one sitting and committed before any model was read on it, then read once for one decision; intent-families-held-9.ts). */
export const isHeld9Family = (family: string): boolean => family.startsWith('h9-');

/** Families of the tenth and eleventh held-out sets (written apart by authors who opened no family file; intent-families-held-10.ts, -11.ts). */
export const isHeld10Family = (family: string): boolean => family.startsWith('h10-');
export const isHeld11Family = (family: string): boolean => family.startsWith('h11-');
/** Families of the twelfth and thirteenth held-out sets and of two sets written apart for training (dev12, dev13). */
export const isHeld12Family = (family: string): boolean => family.startsWith('h12-');
export const isHeld13Family = (family: string): boolean => family.startsWith('h13-');
export const isDev12Family = (family: string): boolean => family.startsWith('d12-');
export const isDev13Family = (family: string): boolean => family.startsWith('d13-');
/** Families of the fourteenth and fifteenth held-out sets and of two more training sets written apart (dev14, dev15). */
export const isHeld14Family = (family: string): boolean => family.startsWith('h14-');
export const isHeld15Family = (family: string): boolean => family.startsWith('h15-');
export const isDev14Family = (family: string): boolean => family.startsWith('d14-');
export const isDev15Family = (family: string): boolean => family.startsWith('d15-');
/** Families of the sixteenth and seventeenth held-out sets. */
export const isHeld16Family = (family: string): boolean => family.startsWith('h16-');
export const isHeld17Family = (family: string): boolean => family.startsWith('h17-');
/**
 * The sixth training-only batch (`q-`, cease requests and their hard negatives) teaches only its
 * own intent: written for cease alone, its utterances say nothing reliable about the others, and
 * the training leaves every other intent's weights exactly as they were without it. The seventh
 * (`s-`, attorney and dispute; intent-families-train-7.ts; not shipped, emitted only by
 * `npm run train:intents -- --batch-7`) likewise teaches each family's own intents and the intent
 * it is a hard negative of; so do the eighth to fourteenth batches (`s8-`, `s9-`, `sa-`, `sb-`, `sc-`,
 * `sd-`, `se-`) and the fifteenth to eighteenth (`sf-`, `sg-`, `sh-`, `si-`), whose prefixes sort
 * after `s-` so the folds the earlier batches' families draw do not move.
 */
export const teachesOnlyOwnIntents = (family: string): boolean => /^(q|s|s8|s9|sa|sb|sc|sd|se|sf|sg|sh|si)-/.test(family);
/**
 * Families of the eighth batch and from the eleventh on (`s8-`, `sb-` and later) also draw their
 * cross-validation fold from their own name (IntentTrainingExample.ownFold): shipping one batch's
 * families moves no fold of another batch's, so each intent's out-of-fold thresholds stay as they
 * were evaluated.
 */
export const drawsItsOwnFold = (family: string): boolean => /^(s8|sb|sc|sd|se|sf|sg|sh|si)-/.test(family);

/**
 * The development sets: written apart as held-out sets after the fixed split (fresh, check, blind,
 * held5 to held15) or as training sets (dev12 to dev15), each held-out one read for one or more
 * decisions, and now trained on by the shipped recipe (`npm run train:intents`; other authors'
 * voices, fully labeled). Their utterances stay split 'test' in the data file; training takes them
 * by name (isDevelopmentFamily).
 */
export const DEVELOPMENT_SETS: ReadonlyArray<{ name: string; has: (family: string) => boolean }> = [
  { name: 'fresh', has: isFreshFamily },
  { name: 'check', has: isCheckFamily },
  { name: 'blind', has: isBlindFamily },
  { name: 'held5', has: isHeld5Family },
  { name: 'held6', has: isHeld6Family },
  { name: 'held7', has: isHeld7Family },
  { name: 'held8', has: isHeld8Family },
  { name: 'held9', has: isHeld9Family },
  { name: 'held10', has: isHeld10Family },
  { name: 'held11', has: isHeld11Family },
  { name: 'dev12', has: isDev12Family },
  { name: 'dev13', has: isDev13Family },
  { name: 'held12', has: isHeld12Family },
  { name: 'held13', has: isHeld13Family },
  { name: 'dev14', has: isDev14Family },
  { name: 'dev15', has: isDev15Family },
  { name: 'held14', has: isHeld14Family },
  { name: 'held15', has: isHeld15Family },
];
/**
 * The held-out sets, by name, with the fixed split: written by authors who opened no family file,
 * read once, together, for the decision that shipped the current model (docs/conversations.md,
 * "The held16/held17 decision"), never trained or tuned on. Reported on their own (the bench,
 * report-intent-sets.ts) and kept out of training by name (isNamedHeldOutFamily), so no change of
 * split can bring them in.
 */
export const HELD_OUT_SETS: ReadonlyArray<{ name: string; has: (family: string) => boolean }> = [
  { name: 'held16', has: isHeld16Family },
  { name: 'held17', has: isHeld17Family },
];
/**
 * Sets written apart and kept unread for a coming decision: out of training and of the fixed split
 * by name, in no report or bench row (`train:intents --also-train=NAME` trains on one). None now.
 */
export const PENDING_SETS: ReadonlyArray<{ name: string; has: (family: string) => boolean }> = [];
/** A family of a development set (trained on by the shipped recipe). */
export const isDevelopmentFamily = (family: string): boolean => DEVELOPMENT_SETS.some((set) => set.has(family));
/** A family of a named held-out set: always test, and excluded from training by name. */
export const isNamedHeldOutFamily = (family: string): boolean => HELD_OUT_SETS.some((set) => set.has(family)) || PENDING_SETS.some((set) => set.has(family));
/** The fixed test split: test families that belong to no development or named held-out set. */
export const isFixedTestFamily = (family: string): boolean => !isDevelopmentFamily(family) && !isNamedHeldOutFamily(family);

/** One generated (or hand-written) labeled utterance of data/intent-utterances.jsonl. */
export interface IntentExample {
  id: string;
  /** The template family (or the hand-written item) it belongs to: the unit of the split. */
  family: string;
  split: 'train' | 'test';
  language: 'en' | 'es';
  medium: Medium;
  text: string;
  intents: Intent[];
  /** Set on hard negatives: the intent whose topic is mentioned without the intent. */
  hardNegativeOf?: Intent;
}

export const DEFAULT_SEED = 20261206;
/** Utterances drawn from each family (fewer when its templates cannot make that many). */
export const PER_FAMILY = 36;
/**
 * Utterances drawn from each family of the fifth and later held-out sets: fewer than PER_FAMILY,
 * so their figures rest on more families and fewer near-duplicates of one template (a family's
 * utterances are not independent).
 */
export const LATER_HELD_PER_FAMILY = 24;

/** Mulberry32: a small seeded PRNG, so the data set is byte-identical for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function fill(template: string, rand: () => number): string {
  const out = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const values = SLOTS[name];
    if (!values) throw new Error(`intent-families: unknown slot {${name}} in "${template}"`);
    return pick(rand, values);
  });
  // A slot value at the start of a sentence gets a capital ("the bill is..." -> "The bill is...").
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** One typo in a longer word: a swapped pair, a dropped or a doubled letter. */
function typo(text: string, rand: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-zA-Záéíóúñ]{5,}$/.test(w));
  if (long.length === 0) return text;
  const [w, i] = pick(rand, long);
  const k = 1 + Math.floor(rand() * (w.length - 2));
  const kind = Math.floor(rand() * 3);
  words[i] = kind === 0 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : kind === 1 ? w.slice(0, k) + w.slice(k + 1) : w.slice(0, k) + w[k] + w.slice(k);
  return words.join(' ');
}

/** Texting style for SMS and chat: lower case, no final punctuation, sometimes no accents. */
function style(text: string, medium: Medium, rand: () => number): string {
  let t = text;
  const informal = medium === 'sms' || medium === 'chat';
  if (informal && rand() < 0.4) t = t.toLowerCase();
  if (informal && rand() < 0.35) t = t.replace(/[.!]+$/, '');
  if (informal && rand() < 0.3) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[¿¡]/g, '');
  if (informal && rand() < 0.15) t = t.replace(/'/g, '');
  if (rand() < (informal ? 0.18 : 0.06)) t = typo(t, rand);
  return t;
}

function expand(family: IntentFamily, rand: () => number, count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Each template at least once in its plain form, then random fillings until count or no news.
  for (let attempt = 0; attempt < count * 6 && out.length < count; attempt++) {
    const template = attempt < family.templates.length ? family.templates[attempt]! : pick(rand, family.templates);
    const text = style(fill(template, rand), family.medium, rand).trim();
    if (text && !seen.has(text.toLowerCase())) {
      seen.add(text.toLowerCase());
      out.push(text);
    }
  }
  return out;
}

/**
 * Which families are held out. A family's side depends on its own seeded hash (a third go to
 * test), so writing a new family never moves an existing one across the split; within each group
 * (the intent a family carries, or the intent it is a hard negative of) with two or more families
 * at least one is test and one is train (the lowest hashes are moved), so every intent is tested
 * on phrasings the model never saw.
 */
export function familySplit(families: readonly IntentFamily[], seed = DEFAULT_SEED): Map<string, 'train' | 'test'> {
  const groups = new Map<string, IntentFamily[]>();
  for (const fam of families) {
    const key = `${fam.hardNegativeOf ? 'neg:' + fam.hardNegativeOf : 'pos:' + (fam.intents[0] ?? 'none')}`;
    groups.set(key, [...(groups.get(key) ?? []), fam]);
  }
  const split = new Map<string, 'train' | 'test'>();
  const h = (fam: IntentFamily) => fnv1a(`${seed}:${fam.id}`);
  for (const members of groups.values()) {
    for (const fam of members) split.set(fam.id, h(fam) % 3 === 0 ? 'test' : 'train');
    if (members.length < 2) {
      for (const fam of members) split.set(fam.id, 'train');
      continue;
    }
    const ordered = [...members].sort((a, b) => h(a) - h(b));
    if (!members.some((f) => split.get(f.id) === 'test')) split.set(ordered[0]!.id, 'test');
    if (!members.some((f) => split.get(f.id) === 'train')) split.set(ordered[0]!.id, 'train');
  }
  return split;
}

const ofDispute = (f: IntentFamily) => f.intents.includes('dispute') || f.hardNegativeOf === 'dispute';
/** The seventh training-only batch's dispute families (positives and hard negatives): emitted by default. */
export const SEVENTH_BATCH_SHIPPED: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_7.filter(ofDispute);
/** Its attorney families: emitted only for evaluation (`npm run train:intents -- --batch-7`). */
export const SEVENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = TRAIN_ONLY_FAMILIES_7.filter((f) => !ofDispute(f));
const unshipped = (all: readonly IntentFamily[], shipped: readonly IntentFamily[]) => all.filter((f) => !shipped.includes(f));
/** The eighth to sixteenth batches' families not shipped: emitted only by `--batch-8` ... `--batch-16`. */
export const EIGHTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_8, BATCH_8_SHIPPED);
export const NINTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_9, BATCH_9_SHIPPED);
export const TENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_10, BATCH_10_SHIPPED);
export const ELEVENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_11, BATCH_11_SHIPPED);
export const TWELFTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_12, BATCH_12_SHIPPED);
export const THIRTEENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_13, BATCH_13_SHIPPED);
export const FOURTEENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_14, BATCH_14_SHIPPED);
export const FIFTEENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_15, BATCH_15_SHIPPED);
export const SIXTEENTH_BATCH_UNSHIPPED: readonly IntentFamily[] = unshipped(TRAIN_ONLY_FAMILIES_16, BATCH_16_SHIPPED);

/**
 * Families from the eighth batch on draw their utterances from a generator of their own, seeded by
 * the family's id: shipping, adding or dropping any family moves no other family's utterances, so
 * a batch evaluated alone yields the same utterances once merged with others.
 */
const drawsOnItsOwn = (family: string): boolean => /^(s8|s9|sa|sb|sc|sd|se|sf|sg|sh)-/.test(family);

/**
 * The whole generated set, deterministic for a seed. `extraTrainFamilies`: training-only families
 * under evaluation (scripts/compare-intent-variants.ts `--extra-families`), emitted last so every
 * shipped utterance stays as it is.
 */
export function generateIntentExamples(seed = DEFAULT_SEED, perFamily = PER_FAMILY, extraTrainFamilies: readonly IntentFamily[] = []): IntentExample[] {
  const rand = prng(seed);
  const split = familySplit(FAMILIES, seed);
  const out: IntentExample[] = [];
  const emit = (fam: IntentFamily, s: 'train' | 'test') => {
    expand(fam, drawsOnItsOwn(fam.id) ? prng(fnv1a(`${seed}:${fam.id}`)) : rand, perFamily).forEach((text, k) => {
      const ex: IntentExample = { id: `${fam.id}-${k + 1}`, family: fam.id, split: s, language: fam.language, medium: fam.medium, text, intents: [...fam.intents] };
      if (fam.hardNegativeOf) ex.hardNegativeOf = fam.hardNegativeOf;
      out.push(ex);
    });
  };
  for (const fam of FAMILIES) emit(fam, split.get(fam.id)!);
  for (const fam of HELD_OUT_FAMILIES) emit(fam, 'test');
  // Written after the split above was fixed: the fresh set is always test, the later training
  // families always train, so neither moves a family of the earlier split.
  for (const fam of FRESH_HELD_OUT_FAMILIES) emit(fam, 'test');
  for (const fam of TRAIN_ONLY_FAMILIES) emit(fam, 'train');
  for (const fam of TRAIN_ONLY_FAMILIES_2) emit(fam, 'train');
  for (const fam of CHECK_HELD_OUT_FAMILIES) emit(fam, 'test');
  for (const fam of TRAIN_ONLY_FAMILIES_4) emit(fam, 'train');
  // Taught as cease only (teachesOnlyOwnIntents).
  for (const fam of TRAIN_ONLY_FAMILIES_6) emit(fam, 'train');
  // The seventh batch's dispute families, taught as dispute only (its attorney families are not
  // shipped: SEVENTH_BATCH_UNSHIPPED).
  for (const fam of SEVENTH_BATCH_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_9_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_10_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_11_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_12_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_13_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_14_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_15_SHIPPED) emit(fam, 'train');
  for (const fam of BATCH_16_SHIPPED) emit(fam, 'train');
  // The eighth batch's shipped families come after the later batches', so shipping them keeps the
  // training's groups of partly labeled rows in their order (and they draw their folds apart:
  // drawsItsOwnFold).
  for (const fam of BATCH_8_SHIPPED) emit(fam, 'train');
  // The seventeenth batch (bankruptcy said plainly), from its own generator: nothing before it moves.
  for (const fam of BATCH_17_SHIPPED) emit(fam, 'train');
  // The eighteenth (who speaks for the patient when it is not a lawyer), after it.
  for (const fam of BATCH_18_SHIPPED) emit(fam, 'train');
  for (const fam of extraTrainFamilies) emit(fam, 'train');
  // The blind set draws from its own generator: its utterances stay the same whichever training
  // families are emitted, and emitting it moves no earlier utterance.
  const emitOwn = (families: readonly IntentFamily[], name: string, count: number) => {
    const ownRand = prng(fnv1a(`${seed}:${name}`));
    for (const fam of families) {
      expand(fam, ownRand, count).forEach((text, k) => {
        const ex: IntentExample = { id: `${fam.id}-${k + 1}`, family: fam.id, split: 'test', language: fam.language, medium: fam.medium, text, intents: [...fam.intents] };
        if (fam.hardNegativeOf) ex.hardNegativeOf = fam.hardNegativeOf;
        out.push(ex);
      });
    }
  };
  emitOwn(BLIND_HELD_OUT_FAMILIES, 'blind', perFamily);
  // The sets written apart from held5 on, in the order they were written, each from its own
  // generator and with fewer utterances per family: emitting one moves nothing before it.
  const writtenApart: ReadonlyArray<readonly [readonly IntentFamily[], string]> = [
    [HELD_5_FAMILIES, 'held5'], [HELD_6_FAMILIES, 'held6'], [HELD_7_FAMILIES, 'held7'], [HELD_8_FAMILIES, 'held8'], [HELD_9_FAMILIES, 'held9'],
    [HELD_10_FAMILIES, 'held10'], [HELD_11_FAMILIES, 'held11'], [DEV_12_FAMILIES, 'dev12'], [DEV_13_FAMILIES, 'dev13'], [HELD_12_FAMILIES, 'held12'], [HELD_13_FAMILIES, 'held13'],
    [DEV_14_FAMILIES, 'dev14'], [DEV_15_FAMILIES, 'dev15'], [HELD_14_FAMILIES, 'held14'], [HELD_15_FAMILIES, 'held15'],
    [HELD_16_FAMILIES, 'held16'], [HELD_17_FAMILIES, 'held17'],
  ];
  for (const [families, name] of writtenApart) emitOwn(families, name, Math.min(perFamily, LATER_HELD_PER_FAMILY));
  return out;
}
