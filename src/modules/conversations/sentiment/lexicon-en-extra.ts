/**
 * Kindly's own English additions to and overrides of the VADER lexicon (Apache-2.0): words of
 * billing and collections conversations, slang, and sarcasm idioms. Same valence scale as VADER.
 * A key with a space is a phrase. `null` removes a VADER entry (e.g. "no" is a negator here, not
 * a negative word; "pay" and "please" are neutral in a billing conversation).
 */
export const ENGLISH_LEXICON_EXTRA: Record<string, number | null> = {
  no: null, pay: null, please: null, charge: null, charged: -0.3, debt: -0.5, stop: -0.3,
  // Nouns and verbs that are plain facts in a billing conversation.
  number: null, patient: null, credit: null, want: null, trustee: null, bankruptcy: null,
  dispute: null, disputing: null, disputed: null, lowest: null, legal: null, yes: 0.5,
  low: -0.3, accident: -1.0, injury: -1.0, hardship: -0.6, deceased: -1.0,
  'would like': 0, 'a good time': 0, 'good time to': 0, 'bad time': 0,
  help: 1.0, joke: 0.4, overwhelmed: -2.2, afford: 1.2, affordable: 1.6, overcharged: -2.2,
  overcharge: -2.0, overcharging: -2.2, bogus: -2.0, unemployed: -1.8, evicted: -2.4,
  harassing: -2.5, harassed: -2.5, ripoff: -2.6, scammers: -2.9, scamming: -2.8, drowning: -2.2,
  unpaid: -0.6, behind: -0.6, confusing: -1.4, unclear: -1.1,
  incorrect: -1.6, inaccurate: -1.6, unacceptable: -2.2, outrageous: -2.4, insane: -1.8,
  predatory: -2.6, incompetent: -2.4, clueless: -1.6, nightmare: -2.6, stressful: -2.0,
  desperate: -2.4, hopeless: -2.6, exhausted: -1.7, struggling: -1.8, struggle: -1.6,
  relieved: 2.0, understanding: 1.2, kind: 1.5, kindly: 1.2, reasonable: 1.4,
  manageable: 1.3, doable: 1.2, thx: 1.6, ty: 1.5, tysm: 2.2, appreciated: 2.0, lifesaver: 2.6,
  smh: -1.4, wtf: -2.3, af: 0, bs: -2.0, bullshit: -2.8, sucks: -1.9, meh: -0.8, lol: 1.1,
  'a joke': -1.8, 'are you kidding': -2.0, 'you kidding': -1.8, 'yeah right': -2.0,
  'oh great another': -2.2, 'just what i needed': -1.8, 'just great': -1.0, 'thanks for nothing': -2.4,
  'thanks a lot for': -1.2, 'laid off': -2.1, 'passed away': -2.0, 'rip off': -2.6,
  'ripped off': -2.6, 'sick of': -2.4, 'sick and tired': -2.8, 'fed up': -2.3, 'no problem': 1.4,
  'no worries': 1.5, 'not bad': 1.2, 'not a good time': 0, 'not a problem': 1.4, 'makes sense': 1.3,
  'makes no sense': -1.6, 'no sense': -1.4, 'works for me': 1.6, 'sounds good': 1.8,
  'killing me': -2.3, 'last straw': -2.3, 'worst customer service': -3.2, 'waste of': -2.0,
  'cant stand': -2.0, 'screwed up': -1.5, 'fell apart': -1.9, 'falling apart': -2.0, 'at a loss': -1.6, 'on hold for': -1.2,
};

/** English negators (apostrophes removed, as tokenize gives them). */
export const ENGLISH_NEGATORS = [
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'nowhere', 'neither', 'nor', 'without',
  'cannot', 'cant', 'dont', 'didnt', 'doesnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont',
  'wouldnt', 'couldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt', 'aint', 'mustnt', 'neednt',
  'nope', 'nah', 'hardly', 'barely', 'rarely', 'seldom', 'despite', 'lack', 'lacks', 'lacking',
  'lacked', 'dnt', 'didn', 'doesn', 'isn', 'wasn', 'ain',
];

/** English degree adverbs (from VADER's booster list, plus slang). */
export const ENGLISH_BOOSTERS: Record<string, number> = {
  absolutely: 0.293, amazingly: 0.293, awfully: 0.293, completely: 0.293, considerably: 0.293,
  decidedly: 0.293, deeply: 0.293, effing: 0.293, enormously: 0.293, entirely: 0.293,
  especially: 0.293, exceptionally: 0.293, extremely: 0.293, fabulously: 0.293, freaking: 0.293,
  fricking: 0.293, friggin: 0.293, fully: 0.293, fucking: 0.293, greatly: 0.293, hella: 0.293,
  highly: 0.293, hugely: 0.293, incredibly: 0.293, intensely: 0.293, majorly: 0.293, more: 0.293,
  most: 0.293, particularly: 0.293, purely: 0.293, quite: 0.293, really: 0.293, remarkably: 0.293,
  so: 0.293, soo: 0.293, substantially: 0.293, super: 0.293, thoroughly: 0.293, totally: 0.293,
  tremendously: 0.293, truly: 0.293, unbelievably: 0.293, unusually: 0.293, utterly: 0.293,
  very: 0.293, way: 0.2, too: 0.2, af: 0.293, almost: -0.293, kinda: -0.293, kindof: -0.293,
  less: -0.293, little: -0.293, marginally: -0.293, occasionally: -0.293, partly: -0.293,
  scarcely: -0.293, slightly: -0.293, somewhat: -0.293, sorta: -0.293, sortof: -0.293,
};

/** Contrast words: what follows weighs more than what precedes ("pricey, but worth it"). */
export const ENGLISH_CONTRAST = ['but', 'however'];
