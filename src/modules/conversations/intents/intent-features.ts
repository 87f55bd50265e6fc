import type { Tokens } from '../text/tokenize.js';
import type { Language } from '../types.js';
import { NEAR_NEGATORS, NEGATION_STOPS, NEGATORS, TYPOS } from './patterns.js';

/**
 * Features of the intent model: hashed word unigrams and bigrams, character 3- and 4-grams (they
 * carry typos and Spanish word forms), and the same words again tagged with the scope they stand
 * in: negated ("not", "no", "nunca" before them in the clause), hypothetical or asked ("if",
 * "would", "should", "ojalá", or a clause ending in "?"), about a third party ("my brother",
 * "mi vecina" ... to the clause end) or quoted. A linear model cannot combine "lawyer" with "not"
 * by itself; the scoped copies let it learn that "not ... lawyer" is not representation.
 * The subject of a clause (a relative, another person, the speaker, or unsaid) joins the words that
 * depend on it ("ks:LAWYER:self" in "I have a lawyer", "ks:LAWYER:other" in "my lawyer friend said",
 * "ks:DIED:kin" in "my mother died", "ks:DIED:self" in "I almost died").
 * Pattern hits from the hand-written rules enter as features too (`P:intent`).
 */

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

const HYPOTHETICAL = new Set([
  'if', 'would', 'should', 'could', 'might', 'maybe', 'whether', 'hope', 'hopefully', 'suppose', 'supposedly', 'unless', 'considering', 'consider', 'what',
  'si', 'ojala', 'quizas', 'quiza', 'tal', 'necesitaria', 'deberia', 'podria', 'seria',
]);
const THIRD_PARTY = new Set([
  'brother', 'sister', 'neighbor', 'neighbour', 'friend', 'coworker', 'cousin', 'aunt', 'uncle', 'boss', 'roommate', 'mom', 'dad', 'mother', 'father',
  'husband', 'wife', 'son', 'daughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'partner', 'company', 'he', 'she', 'they', 'someone', 'somebody', 'patient', 'dog',
  'hermano', 'hermana', 'vecina', 'vecino', 'amigo', 'amiga', 'prima', 'primo', 'compadre', 'comadre', 'mama', 'papa', 'cunado', 'cunada', 'jefe', 'jefa', 'esposo',
  'esposa', 'hijo', 'hija', 'abuela', 'abuelo', 'el', 'ella', 'empresa', 'paciente',
]);
/**
 * Concepts: words that mean the same thing across phrasings and languages. A concept feature
 * ("k:LAWYER", and its scoped copies) carries what one family teaches to phrasings the training
 * set never had, which plain words cannot. Misspellings one letter off still map (symmetric
 * deletion lookup), so "attorny", "bankrupcy" and "fallecio" find their concept.
 */
const CONCEPTS: Record<string, string[]> = {
  LAWYER: ['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'abogado', 'abogada', 'abogados', 'licenciado', 'represented', 'representation', 'retained', 'esq', 'lawyering', 'legal', 'paralegal'],
  BANKRUPT: ['bankruptcy', 'bankrupt', 'bankrupting', 'chapter', 'bk', 'bancarrota', 'quiebra', 'trustee', 'discharged', 'petition', 'stay', 'capitulo'],
  DIED: ['died', 'passed', 'deceased', 'dead', 'death', 'die', 'dies', 'dying', 'fallecio', 'fallecido', 'fallece', 'murio', 'muerto', 'muera', 'buried', 'funeral', 'estate', 'executor', 'albacea', 'enterramos', 'perdimos', 'gone', 'lost'],
  STOP: ['stop', 'quit', 'cease', 'unsubscribe', 'remove', 'dejen', 'deje', 'basta', 'alto', 'baja', 'paren', 'quitenme', 'borren', 'lose', 'leave', 'harassing', 'harass', 'bothering', 'molesten', 'molestar', 'molestarme'],
  CONTACT: ['call', 'calls', 'calling', 'text', 'texts', 'texting', 'contact', 'contacted', 'contacting', 'email', 'emails', 'emailing', 'letters', 'voicemails', 'phone', 'llamar', 'llamando', 'llamen', 'llamandome', 'mensajes', 'textos', 'escribiendo', 'cartas', 'contacten', 'comuniquen', 'marcando', 'textear'],
  DISPUTE: ['dispute', 'disputing', 'disputed', 'contest', 'contesting', 'challenge', 'challenging', 'disputar', 'disputo', 'disputa', 'disputando', 'impugnar', 'fight', 'bogus', 'legit'],
  WRONG: ['wrong', 'incorrect', 'error', 'mistake', 'overcharged', 'twice', 'mal', 'correcto', 'equivocado', 'erroneo'],
  OWE: ['owe', 'debt', 'debo', 'deuda', 'mine', 'mio', 'mia', 'reconozco'],
  PROOF: ['proof', 'prove', 'verification', 'verify', 'validate', 'validation', 'prueba', 'comprueben', 'verificacion', 'demuestren', 'verifiquen'],
  NEVER: ['never', 'nunca', 'jamas'],
  AFFORD: ['afford', 'broke', 'money', 'paycheck', 'tight', 'alcanza', 'dinero', 'apretada', 'apretado', 'income'],
  JOB: ['job', 'laid', 'fired', 'hours', 'disability', 'work', 'trabajo', 'chamba', 'unemployed'],
  PAID: ['paid', 'pagado', 'pague', 'payment', 'check', 'pago'],
  PLAN: ['plan', 'installments', 'payments', 'monthly', 'month', 'partes', 'abonos', 'mes', 'split'],
  HELP: ['assistance', 'charity', 'aid', 'program', 'discount', 'ayuda', 'asistencia', 'caridad', 'descuento', 'qualify', 'califico'],
  EXPLAIN: ['understand', 'explain', 'itemized', 'itemize', 'what', 'why', 'entiendo', 'explicar', 'detallada', 'detalle'],
  INSURANCE: ['insurance', 'medicare', 'medicaid', 'covered', 'cover', 'aetna', 'seguro', 'aseguranza', 'cubrir'],
  LATER: ['later', 'tomorrow', 'busy', 'driving', 'back', 'manana', 'tarde', 'ocupada', 'ocupado', 'ahorita', 'evening', 'shift'],
  SUPERVISOR: ['supervisor', 'manager', 'complaint', 'report', 'reporting', 'cfpb', 'gerente', 'queja', 'reportar', 'ridiculous'],
  KIN: ['husband', 'wife', 'mother', 'father', 'mom', 'dad', 'son', 'daughter', 'grandmother', 'esposo', 'esposa', 'mama', 'papa', 'hijo', 'hija', 'abuela'],
};
const CONCEPT_OF = new Map<string, string>();
const CONCEPT_FUZZY = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) {
  for (const w of words) {
    CONCEPT_OF.set(w, concept);
    if (w.length >= 5) for (let i = 0; i < w.length; i++) CONCEPT_FUZZY.set(w.slice(0, i) + w.slice(i + 1), concept);
  }
}

/** The concept of a word, allowing one letter wrong, missing, extra or swapped in longer words. */
export function conceptOf(w: string): string | undefined {
  const exact = CONCEPT_OF.get(w);
  if (exact !== undefined || w.length < 5) return exact;
  const asDeleted = CONCEPT_FUZZY.get(w);
  if (asDeleted !== undefined) return asDeleted;
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    const c = CONCEPT_OF.get(d) ?? CONCEPT_FUZZY.get(d);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** Words before a noun that make it someone else ("a friend", "our neighbor", "su hermano"). */
const DETERMINERS = new Set(['my', 'mi', 'a', 'an', 'our', 'his', 'her', 'their', 'your', 'su', 'sus', 'un', 'una', 'the', 'la', 'el', 'mis']);
/** First-person words: the speaker as the subject ("I have a lawyer", "we filed"). */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'my', 'our', 'us', 'myself', 'yo', 'mi', 'mis', 'nosotros', 'nuestro', 'nuestra']);
/** Concepts whose subject decides the intent: whose lawyer, whose bankruptcy, whose death. */
const SUBJECT_CONCEPTS = new Set(['LAWYER', 'BANKRUPT', 'DIED', 'DISPUTE', 'STOP']);
const SUBJECT_RANK: Record<string, number> = { none: 0, self: 1, other: 2, kin: 3 };

const QUOTES = new Set([34, 0x201c, 0x201d, 0xab, 0xbb]);

/** Concepts a second-stage verifier looks at closely (the topics of the critical intents). */
const VERIFY_CONCEPTS = new Set(['LAWYER', 'BANKRUPT', 'DIED', 'STOP', 'CONTACT', 'DISPUTE', 'WRONG', 'OWE', 'PROOF']);
/** Words that put a clause in a settled past ("years ago", "used to", "back in", "hace años"). */
const SETTLED_PAST = new Set(['ago', 'years', 'decade', 'used', 'back', 'ended', 'closed', 'finished', 'done', 'over', 'long', 'old', 'kid', 'little', 'hace', 'anos', 'nino', 'nina', 'antes', 'era', 'cuando', 'termino', 'paso']);

/**
 * Owners of a bankruptcy, a lawyer or a death that are not the speaker's household: businesses and
 * former partners ("the store I worked at filed chapter 11", "my ex filed", "la tienda se fue a la
 * quiebra"). Read only by the verifiers of feature sets 2 and 3: whose event it is decides the intent.
 */
const OUTSIDE_OWNERS = new Set([
  'store', 'clinic', 'hospital', 'employer', 'company', 'business', 'shop', 'practice', 'urgent', 'airline', 'bank', 'landlord', 'ex', 'neighbor', 'neighbour', 'cousin', 'friend', 'coworker', 'boss', 'brother', 'sister', 'uncle', 'aunt', 'roommate',
  'tienda', 'clinica', 'empresa', 'negocio', 'compania', 'patron', 'vecino', 'vecina', 'primo', 'prima', 'amigo', 'amiga', 'hermano', 'hermana', 'jefe', 'jefa', 'tio', 'tia',
]);
/**
 * Feature set 3: the topics whose owner feature is kept. A relative's death is the deceased
 * intent's subject ("my brother died and I don't know what to do with these bills"), so the
 * outside-owner feature (which counts siblings, cousins, uncles and aunts) stays off deaths.
 * Feature set 4: every feature set 2 adds (owner, figure of speech, future, a year as a settled
 * past, a bill set apart) only for these topics, the ones they were written for: "since my husband
 * died" or "he passed in 2021" is a death, not one set apart or settled.
 */
const OWNER_TOPICS_3 = new Set(['LAWYER', 'BANKRUPT']);
/** Words that make a topic word a figure of speech about a cost ("this will bankrupt me", "me va a dejar en la quiebra"). */
const FIGURATIVE_SUBJECTS = new Set(['this', 'it', 'that', 'bill', 'bills', 'these', 'esto', 'esta', 'este', 'factura', 'cuenta', 'eso']);
const FUTURE_MARKERS = new Set(['will', 'gonna', 'going', 'va', 'van', 'vas', 'would']);
/** Words that set an event apart from the bill in question ("this is a new bill", "esto es aparte"). */
const APART = new Set(['new', 'nuevo', 'nueva', 'aparte', 'after', 'since', 'despues', 'separate']);

/**
 * Which features a model reads (IntentModel.featureSet): 1 (absent) the first set; 2 adds, for the
 * verifiers, an outside owner, a figure of speech, a future, a year and a bill set apart, and reads
 * the Spanish article "el" as nobody's (first stage too); 3 is 2 with the outside owner only for
 * lawyers and bankruptcies; 4 is 2 with all its verifier features only for lawyers and bankruptcies.
 */
export type IntentFeatureSetVersion = 1 | 2 | 3 | 4;

/** FNV-1a over a string, folded into the feature space. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

export interface IntentFeatureSet {
  /** Distinct hashed feature ids. */
  ids: number[];
  /**
   * Value of each feature: text features share a unit norm (1/sqrt of their count, so a long
   * message does not outvote a short one), global and pattern features are 1.
   */
  values: number[];
  /** For each feature id, the token indexes it came from (for evidence); global features: []. */
  tokensOf: Map<number, number[]>;
  /** Words after typo correction, as the features saw them. */
  words: string[];
  /**
   * Features only the second-stage verifiers read (`verifierFeatures`): each topic word with its
   * neighbours, its full scope and subject, and whether its clause speaks of a settled past.
   */
  verifierIds: number[];
  /** Value of each verifier feature: the text features' value. */
  verifierValues: number[];
  /**
   * The value a verifier with `ownNorm` gives every verifier feature instead: they share their own
   * unit norm, so a handful of them is not drowned by the utterance's hundred text features.
   */
  verifierOwn: number;
  /**
   * The verifier features of another feature set over the same text (a verifier with its own
   * `featureSet`, IntentVerifier.featureSet): the first stage's scopes, that set's verifier additions.
   */
  verifierOf?: (featureSet: IntentFeatureSetVersion) => Pick<IntentFeatureSet, 'verifierIds' | 'verifierValues' | 'verifierOwn'>;
}

/** Scope flags per token: 1 negated, 2 hypothetical/asked, 4 third party, 8 quoted. */
export function scopes(t: Tokens, words: readonly string[], featureSet: IntentFeatureSetVersion = 1): Uint8Array {
  const n = words.length;
  const s = new Uint8Array(n);
  // Which clauses end with "?" or start with "¿".
  const asked = new Set<number>();
  for (let i = 0; i < n; i++) {
    const last = i === n - 1 || t.clause[i + 1] !== t.clause[i];
    if (last) {
      const after = t.text.slice(t.end[i], i + 1 < n ? t.start[i + 1] : t.text.length);
      if (after.includes('?')) asked.add(t.clause[i] as number);
    }
    const first = i === 0 || t.clause[i - 1] !== t.clause[i];
    if (first) {
      const before = t.text.slice(i === 0 ? 0 : t.end[i - 1], t.start[i]);
      if (before.includes('¿')) asked.add(t.clause[i] as number);
    }
  }
  let neg = 0;
  let hyp = false;
  let third = false;
  for (let i = 0; i < n; i++) {
    if (i > 0 && t.clause[i] !== t.clause[i - 1]) {
      neg = 0;
      hyp = false;
      third = false;
    }
    const w = words[i] as string;
    let f = 0;
    if (neg > 0) {
      f |= 1;
      neg--;
    }
    if (hyp || asked.has(t.clause[i] as number)) f |= 2;
    if (third) f |= 4;
    s[i] = f;
    if (NEGATION_STOPS.has(w)) neg = 0;
    if (NEGATORS.has(w) || NEAR_NEGATORS.has(w)) neg = 6;
    if (HYPOTHETICAL.has(w)) hyp = true;
    if (featureSet >= 2 && w === 'el' && !pronounEl(t, words, i)) {
      // The Spanish article ("el juez", "el capítulo 7"), not the pronoun "él": nobody else's.
    } else if (THIRD_PARTY.has(w) && (i === 0 || words[i - 1] === 'my' || words[i - 1] === 'mi' || words[i - 1] === 'la' || words[i - 1] === 'the' || w === 'he' || w === 'she' || w === 'they' || w === 'el' || w === 'ella')) {
      third = true;
      s[i] = (s[i] as number) | 4;
    } else if (THIRD_PARTY.has(w) && i >= 2 && DETERMINERS.has(words[i - 2] as string) && t.clause[i - 2] === t.clause[i]) {
      // A compound whose head is the other person: "my lawyer friend", "our attorney neighbor".
      third = true;
      s[i] = (s[i] as number) | 4;
      s[i - 1] = (s[i - 1] as number) | 4;
    } else if (THIRD_PARTY.has(w) && i >= 1 && DETERMINERS.has(words[i - 1] as string)) {
      third = true;
      s[i] = (s[i] as number) | 4;
    }
  }
  // Quoted spans.
  let open = false;
  let k = 0;
  for (let c = 0; c < t.text.length && k <= n; c++) {
    while (k < n && (t.start[k] as number) < c) {
      if (open) s[k]! |= 8;
      k++;
    }
    if (QUOTES.has(t.text.charCodeAt(c))) open = !open;
  }
  while (k < n) {
    if (open) s[k]! |= 8;
    k++;
  }
  return s;
}

/** Words after an unaccented "el" that make it the pronoun "él" ("el ya murió", "el no vive aquí"), not the article. */
const AFTER_PRONOUN_EL = new Set(['no', 'ya', 'se', 'me', 'le', 'lo', 'nos', 'les', 'es', 'esta', 'estaba', 'fue', 'era', 'tiene', 'tenia', 'dice', 'dijo', 'murio', 'fallecio', 'vive', 'vivia', 'va', 'iba', 'quiere', 'nunca', 'siempre', 'tambien', 'y', 'solo']);
/** Whether the token "el" (accents are folded) is the pronoun: written "él", or followed by a verb or clitic. */
function pronounEl(t: Tokens, words: readonly string[], i: number): boolean {
  if (t.text.slice(t.start[i], t.end[i]).toLowerCase() === '\u00e9l') return true;
  const next = i + 1 < words.length && t.clause[i + 1] === t.clause[i] ? (words[i + 1] as string) : '';
  return next === '' || AFTER_PRONOUN_EL.has(next);
}

const SCOPE_TAGS: Array<[number, string]> = [
  [1, 'n:'],
  [2, 'h:'],
  [4, 't:'],
  [8, 'q:'],
];

/** The hashed features of tokenized text (shared by training and inference). */
export function intentFeatures(t: Tokens, language: Language, patternHits: readonly string[], featureSet: IntentFeatureSetVersion = 1): IntentFeatureSet {
  const words = t.words.map((w) => TYPOS[w] ?? w);
  const scope = scopes(t, words, featureSet);
  const tokensOf = new Map<number, number[]>();
  const add = (f: string, tok: number) => {
    const id = hashFeature(f);
    const list = tokensOf.get(id);
    if (list === undefined) tokensOf.set(id, tok < 0 ? [] : [tok]);
    else if (tok >= 0 && !list.includes(tok)) list.push(tok);
  };
  let flags = 0;
  const concepts = words.map(conceptOf);
  // Per clause: who the clause is about (a relative, another person, the speaker, or unsaid).
  // A relative outranks another person, who outranks the speaker ("my friend said I ...").
  const clauseSubject = new Map<number, string>();
  for (let i = 0; i < words.length; i++) {
    const c = t.clause[i] as number;
    const kind = concepts[i] === 'KIN' ? 'kin' : (scope[i] as number) & 4 ? 'other' : FIRST_PERSON.has(words[i] as string) ? 'self' : undefined;
    if (kind !== undefined && SUBJECT_RANK[kind]! > SUBJECT_RANK[clauseSubject.get(c) ?? 'none']!) clauseSubject.set(c, kind);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    add('w:' + w, i);
    const sc = scope[i] as number;
    flags |= sc;
    for (const [bit, tag] of SCOPE_TAGS) if (sc & bit) add(tag + w, i);
    const prev = i === 0 || t.clause[i - 1] !== t.clause[i] ? '<s>' : (words[i - 1] as string);
    add('b:' + prev + '_' + w, i);
    const k = concepts[i];
    if (k !== undefined) {
      add('k:' + k, i);
      if (sc === 0) add('k0:' + k, i);
      for (const [bit, tag] of SCOPE_TAGS) if (sc & bit) add(tag + 'k:' + k, i);
      if (SUBJECT_CONCEPTS.has(k)) add('ks:' + k + ':' + (clauseSubject.get(t.clause[i] as number) ?? 'none') + (sc & 3 ? ':nh' : ''), i);
      // Concept pairs in one clause ("stop ... calling", "never ... received").
      for (let j = i - 1; j >= 0 && t.clause[j] === t.clause[i]; j--) {
        const kj = concepts[j];
        if (kj !== undefined) add('kk:' + kj + '_' + k + (sc & 7 ? ':s' : ''), i);
      }
    }
    if (w.length >= 3) {
      const padded = '<' + w + '>';
      for (let k = 0; k + 3 <= padded.length; k++) add('c:' + padded.slice(k, k + 3), i);
      for (let k = 0; k + 4 <= padded.length; k++) add('c:' + padded.slice(k, k + 4), i);
    }
  }
  add('G:bias', -1);
  add('G:lang:' + language, -1);
  if (words.length <= 3) add('G:short', -1);
  for (const [bit, tag] of SCOPE_TAGS) if (flags & bit) add('G:' + tag, -1);
  const textFeatures = tokensOf.size;
  for (const p of patternHits) add('P:' + p, -1);
  const ids = [...tokensOf.keys()];
  const scale = 1 / Math.sqrt(Math.max(1, textFeatures));
  const values = ids.map((id) => ((tokensOf.get(id) as number[]).length === 0 ? 1 : scale));
  const verifierIds = verifierFeatures(t, words, scope, concepts, clauseSubject, featureSet);
  const verifierOf = (set: IntentFeatureSetVersion) => {
    const vids = set === featureSet ? verifierIds : verifierFeatures(t, words, scope, concepts, clauseSubject, set);
    return { verifierIds: vids, verifierValues: vids.map(() => scale), verifierOwn: 1 / Math.sqrt(Math.max(1, vids.length)) };
  };
  return { ids, values, tokensOf, words, verifierIds, verifierValues: verifierIds.map(() => scale), verifierOwn: 1 / Math.sqrt(Math.max(1, verifierIds.length)), verifierOf };
}

/**
 * What a second-stage verifier adds to the first stage's features: for each topic word (a lawyer,
 * a bankruptcy, a death, a stop, a contact, a dispute...), its concept with the words right before
 * and after it ("a LAWYER friend", "have a LAWYER"), with every scope bit and the clause's subject
 * at once, with a negation anywhere earlier in the utterance, and with a settled-past clause
 * ("years ago", "used to", "hace años"). Conjunctions a linear first stage cannot form itself.
 */
function verifierFeatures(t: Tokens, words: readonly string[], scope: Uint8Array, concepts: ReadonlyArray<string | undefined>, clauseSubject: ReadonlyMap<number, string>, featureSet: IntentFeatureSetVersion): number[] {
  const out = new Set<number>();
  const settled = new Set<number>();
  let negatedBefore = false;
  // Feature sets 2 to 4, per clause: a year ("in 2015"), an outside owner, a figurative subject, a future marker, the speaker.
  const more = featureSet >= 2;
  const owner = new Set<number>();
  const figurative = new Set<number>();
  const future = new Set<number>();
  const self = new Set<number>();
  const year = new Set<number>();
  let apart = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const c = t.clause[i] as number;
    if (SETTLED_PAST.has(w)) settled.add(c);
    if (more && w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && /^\d+$/.test(w)) year.add(c);
    if (!more) continue;
    if (OUTSIDE_OWNERS.has(w)) owner.add(c);
    if (FIGURATIVE_SUBJECTS.has(w)) figurative.add(c);
    if (FUTURE_MARKERS.has(w)) future.add(c);
    if (w === 'i' || w === 'we' || w === 'yo' || w === 'im' || w === 'nosotros') self.add(c);
    if (APART.has(w)) apart = true;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const k = concepts[i];
    if (k !== undefined && VERIFY_CONCEPTS.has(k)) {
      const c = t.clause[i] as number;
      const prev = i > 0 && t.clause[i - 1] === c ? (words[i - 1] as string) : '<s>';
      const prev2 = i > 1 && t.clause[i - 2] === c ? (words[i - 2] as string) : '<s>';
      const next = i + 1 < words.length && t.clause[i + 1] === c ? (words[i + 1] as string) : '</s>';
      const subject = clauseSubject.get(c) ?? 'none';
      // Feature set 4 keeps the additions to the topics they were written for.
      const more4 = more && (featureSet !== 4 || OWNER_TOPICS_3.has(k));
      const past = settled.has(c) || (more4 && year.has(c)) ? ':past' : '';
      out.add(hashFeature('vp:' + k + ':' + prev));
      out.add(hashFeature('vpp:' + k + ':' + prev2 + '_' + prev));
      out.add(hashFeature('vn:' + k + ':' + next));
      out.add(hashFeature('vs:' + k + ':' + (scope[i] as number) + ':' + subject + past));
      if (past) out.add(hashFeature('vpast:' + k));
      if (negatedBefore) out.add(hashFeature('vneg:' + k));
      if (more4) {
        const me = self.has(c) ? ':i' : '';
        if (owner.has(c) && (featureSet === 2 || OWNER_TOPICS_3.has(k))) out.add(hashFeature('vown:' + k + me));
        if (figurative.has(c)) out.add(hashFeature('vfig:' + k + me + (future.has(c) ? ':will' : '')));
        else if (future.has(c)) out.add(hashFeature('vwill:' + k + me));
        if (apart) out.add(hashFeature('vapart:' + k + past));
      }
    }
    if (NEGATORS.has(w) || NEAR_NEGATORS.has(w)) negatedBefore = true;
  }
  return [...out];
}
