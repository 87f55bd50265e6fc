import type { Language } from '../types.js';

// Frequent function words that are distinctive in each language (accent-folded, as tokenize
// gives them). Words both languages share ("no", "me", "a") are left out on purpose.
const ES = new Set(
  ('que de la el los las un una unos unas y o pero porque por para con sin mi mis tu su sus es ' +
    'esta este esto eso esa ese estoy estan son soy fue ya muy mas nada todo todos tengo tiene ' +
    'quiero puedo puede hay del al lo le les nos se si ustedes usted yo ella ellos cuenta pago ' +
    'pague dinero seguro gracias hola senor senora favor ahorita aqui donde cuando como cual ' +
    'quien hacer hablar llamar llamen llamarme mande manden numero tambien nunca otra otro vez ' +
    'dejen bien mal bueno buena ayuda deuda factura cobro abogado bancarrota quiebra trabajo')
    .split(' '),
);
const EN = new Set(
  ('the i you to and is it my this that of in for on with be are was have has had do does did ' +
    'not dont im its your what why how when who can cant will would should could get got just ' +
    'me we they he she him her our an at from but if or so stop call please pay paid bill ' +
    'owe money insurance thanks thank yes yeah ok okay about all any there here want need know ' +
    'am been being than then them these those which')
    .split(' '),
);

/** +1 for a Spanish function word, -1 for an English one, 0 otherwise. */
export function languageVote(w: string): number {
  return ES.has(w) ? 1 : EN.has(w) ? -1 : 0;
}

/** Decides from the summed votes of the words, plus Spanish-only characters. */
export function decideLanguage(votes: number, words: readonly string[], text: string, fallback: Language = 'en'): Language {
  let v = votes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xf1 || c === 0xd1 || c === 0xbf || c === 0xa1) {
      v += 2;
      break;
    }
    if (c === 0xe1 || c === 0xe9 || c === 0xed || c === 0xf3 || c === 0xfa) {
      v += 1;
      break;
    }
  }
  if (v > 0) return 'es';
  if (v < 0) return 'en';
  // Bare keywords decide ties: "BAJA"/"ALTO" are the Spanish opt-out words.
  if (words.length === 1 && (words[0] === 'baja' || words[0] === 'alto')) return 'es';
  return fallback;
}

/**
 * Picks EN or ES from function-word counts and Spanish-only characters (ñ, ¿, ¡, accents).
 * Ties and utterances with no evidence default to English (or `fallback`).
 */
export function detectLanguage(words: readonly string[], text: string, fallback: Language = 'en'): Language {
  let votes = 0;
  for (const w of words) votes += languageVote(w);
  return decideLanguage(votes, words, text, fallback);
}

/** Every function word the detector knows (the classifier folds them into its word table). */
export const LANGUAGE_WORDS: readonly string[] = [...ES, ...EN];
