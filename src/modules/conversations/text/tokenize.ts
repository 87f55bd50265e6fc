/**
 * One fast pass over an utterance: lower-cased, accent-folded word tokens with the facts the
 * sentiment and intent rules need (caps emphasis, clause boundaries, ! and ? counts).
 * Written as a char-code loop because it runs on every utterance of a live conversation and the
 * whole classifier must stay >= 10x faster than VADER.
 */
export interface Tokens {
  /** Normalized tokens: lower case, accents folded, apostrophes removed ("don't" -> "dont"). */
  words: string[];
  /** The utterance itself; `start`/`end` locate each token in it (see surfaceOf). */
  text: string;
  start: number[];
  end: number[];
  /** 1 when the token was written in capitals (2+ letters), e.g. "NEVER". */
  caps: number[];
  /** Clause index of each token: increases at , . ; : ! ? and line breaks. */
  clause: number[];
  exclamations: number;
  questions: number;
  /** The whole utterance is in capitals (then caps is no emphasis). */
  shouting: boolean;
}

const FOLD: Record<string, string> = {
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i',
  ï: 'i', ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ñ: 'n', ç: 'c',
};
const FOLD_RE = /[áàâäãéèêëíìîïóòôöõúùûüñç]/g;

/** Emoticons and emoji that carry sentiment, turned into pseudo-words the lexicons know. */
const EMOJI: Record<number, string> = {
  0x1f600: ':)', 0x1f601: ':)', 0x1f603: ':)', 0x1f604: ':)', 0x1f60a: ':)', 0x1f642: ':)',
  0x1f60d: ':)', 0x1f44d: ':)', 0x1f64f: ':)', 0x2764: ':)', 0x1f970: ':)', 0x1f917: ':)',
  0x1f620: ':(', 0x1f621: ':(', 0x1f622: ':(', 0x1f62d: ':(', 0x1f61e: ':(', 0x1f641: ':(',
  0x1f44e: ':(', 0x1f624: ':(', 0x1f92c: ':(', 0x1f612: ':(', 0x1f629: ':(', 0x1f62b: ':(',
};

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function normalizeWord(lower: string, hasApostrophe: boolean): string {
  let w = lower;
  if (hasApostrophe) w = w.replace(/['\u2019]/g, '');
  let nonAscii = false;
  let run = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) nonAscii = true;
    else if (i >= 2 && c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) run = true;
  }
  if (nonAscii) w = w.replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
  // "soooo goooood" -> "soo good": runs of 3+ letters shrink to 2 (lexicons hold the short form).
  if (run) w = w.replace(/(.)\1{2,}/g, '$1$1');
  return w;
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const capsList: number[] = [];
  const clauseList: number[] = [];
  let clause = 0;
  let exclamations = 0;
  let questions = 0;
  let letters = 0;
  let upper = 0;
  const n = text.length;
  // Lower-case once; slicing the lowered text per token saves an allocation per word. (A few
  // Unicode letters change length when lowered: then lower each token on its own.)
  const lowered = text.toLowerCase();
  const aligned = lowered.length === n;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      let hasUpper = false;
      let hasLower = false;
      let apo = -1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d)) {
          if (d >= 65 && d <= 90) hasUpper = true;
          else if (d >= 97 && d <= 122) hasLower = true;
          i++;
        } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          if (apo < 0) apo = i - start;
          i++;
        } else break;
      }
      let raw = aligned ? lowered.slice(start, i) : text.slice(start, i).toLowerCase();
      const len = i - start;
      letters += len;
      if (hasUpper && !hasLower) upper += len;
      const caps = hasUpper && !hasLower && len > 1 ? 1 : 0;
      // English contractions: keep "n't" joined ("dont" is a negator), expand "'d"/"'ll" to the
      // modal (so "I'll" is not the word "ill" and "I'd like" is not "I like"), drop the rest.
      let extra: string | undefined;
      let keepsApostrophe = apo > 0;
      if (apo > 0) {
        const suffix = raw.slice(apo + 1);
        const stem = raw.slice(0, apo);
        if (suffix === 't' && stem.endsWith('n')) {
          // "don't", "can't": normalizeWord removes the apostrophe.
        } else if (suffix === 'd' || suffix === 'll') {
          extra = suffix === 'd' ? 'would' : 'will';
          raw = stem;
          keepsApostrophe = false;
        } else if (suffix === 're' || suffix === 've' || suffix === 'm' || suffix === 's') {
          raw = stem;
          keepsApostrophe = false;
        }
      }
      words.push(normalizeWord(raw, keepsApostrophe));
      starts.push(start);
      ends.push(i);
      capsList.push(caps);
      clauseList.push(clause);
      if (extra !== undefined) {
        words.push(extra);
        starts.push(start);
        ends.push(i);
        capsList.push(0);
        clauseList.push(clause);
      }
      continue;
    }
    if (c === 33 || c === 0xa1) {
      if (c === 33) exclamations++;
      clause++;
    } else if (c === 63 || c === 0xbf) {
      if (c === 63) questions++;
      clause++;
    } else if (c === 46 || c === 44 || c === 10 || c === 13) {
      clause++;
    } else if (c === 58 || c === 59 || c === 61) {
      // ":)", ":-(", ";)", ":D" style emoticons; a bare ":" ends a clause.
      let j = i + 1;
      if (text.charCodeAt(j) === 45) j++;
      const e = text.charCodeAt(j);
      if (e === 41 || e === 68 || e === 93 || e === 80 || e === 112) {
        words.push(':)');
        starts.push(i);
        ends.push(j + 1);
        capsList.push(0);
        clauseList.push(clause);
        i = j + 1;
        continue;
      }
      if (e === 40 || e === 91 || (e === 47 && text.charCodeAt(j + 1) !== 47)) {
        words.push(':(');
        starts.push(i);
        ends.push(j + 1);
        capsList.push(0);
        clauseList.push(clause);
        i = j + 1;
        continue;
      }
      clause++;
    } else if (c === 60 && text.charCodeAt(i + 1) === 51) {
      words.push(':)');
      starts.push(i);
      ends.push(i + 2);
      capsList.push(0);
      clauseList.push(clause);
      i += 2;
      continue;
    } else if (c >= 0x2700) {
      const cp = text.codePointAt(i) ?? c;
      const emo = EMOJI[cp];
      if (emo !== undefined) {
        words.push(emo);
        starts.push(i);
        ends.push(i + (cp > 0xffff ? 2 : 1));
        capsList.push(0);
        clauseList.push(clause);
      }
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    i++;
  }
  return {
    words,
    text,
    start: starts,
    end: ends,
    caps: capsList,
    clause: clauseList,
    exclamations,
    questions,
    shouting: letters >= 6 && upper / letters > 0.8,
  };
}

/** The token as written (for evidence shown to people). */
export function surfaceOf(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}
