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

/**
 * Picks EN or ES from function-word counts and Spanish-only characters (ñ, ¿, ¡, accents).
 * Ties and utterances with no evidence default to English (or `fallback`).
 */
export function detectLanguage(words: readonly string[], text: string, fallback: Language = 'en'): Language {
  let es = 0;
  let en = 0;
  for (const w of words) {
    if (ES.has(w)) es++;
    else if (EN.has(w)) en++;
  }
  if (/[ñ¿¡]/i.test(text)) es += 2;
  else if (/[áéíóú]/i.test(text)) es += 1;
  if (es > en) return 'es';
  if (en > es) return 'en';
  // Bare keywords decide ties: "BAJA"/"ALTO" are the Spanish opt-out words.
  if (words.length === 1 && (words[0] === 'baja' || words[0] === 'alto')) return 'es';
  return fallback;
}
