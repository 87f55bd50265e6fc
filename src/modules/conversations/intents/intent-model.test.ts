import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../intent-effects.js';
import { tokenize } from '../text/tokenize.js';
import { hashFeature, intentFeatures } from './intent-features.js';
import { compileIntentModel, scoreIntents, verifierScore, type IntentModel } from './intent-model.js';
import { mixedExamples, outOfFoldScores, pickThresholds, trainIntentModel, verifierScopeOf, type IntentTrainingExample } from './train-intent-model.js';
import { CRITICAL_INTENTS, confirmationLine, detectIntents, evalItemsOf, generateIntentExamples, intentSetFigures, isBlindFamily, isCheckFamily, isFixedTestFamily, isFreshFamily, isHeld5Family, isHeld6Family, isHeld7Family, isHeld8Family, isHeld9Family, isHeld10Family, isHeld11Family, isHeld12Family, isHeld13Family, isDev12Family, isDev13Family, isHeld14Family, isHeld15Family, isDev14Family, isDev15Family, isHeld16Family, isHeld17Family, parseUtterances, UTTERANCES_URL, wilson, type IntentExample } from '../index.js';

const SHIPPED = readFileSync(new URL('../data/intent-utterances.jsonl', import.meta.url), 'utf8');
const shipped = SHIPPED.trim().split('\n').map((l) => JSON.parse(l) as IntentExample);
const names = (text: string) => detectIntents(text, { medium: 'chat' }).map((m) => m.intent);

describe('the intent data set (data/intent-utterances.jsonl)', () => {
  it('is exactly what the seeded generator writes, so training is reproducible', () => {
    expect(generateIntentExamples().map((g) => JSON.stringify(g)).join('\n') + '\n').toBe(SHIPPED);
  });

  it('has thousands of EN and ES utterances, split by template family: no family on both sides', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3000);
    expect(shipped.filter((s) => s.language === 'es').length).toBeGreaterThanOrEqual(1000);
    const sides = new Map<string, Set<string>>();
    for (const s of shipped) sides.set(s.family, (sides.get(s.family) ?? new Set()).add(s.split));
    expect([...sides.entries()].filter(([, v]) => v.size > 1)).toEqual([]);
    // The fresh set is only ever test; the families written after the split only ever train.
    expect(new Set(shipped.filter((s) => isFreshFamily(s.family) || isCheckFamily(s.family) || isBlindFamily(s.family)).map((s) => s.split))).toEqual(new Set(['test']));
    // The blind set is apart from the fixed split and draws from its own generator.
    expect(shipped.filter((s) => isBlindFamily(s.family)).length).toBeGreaterThanOrEqual(1000);
    expect(shipped.some((s) => isBlindFamily(s.family) && isFixedTestFamily(s.family))).toBe(false);
    // So is the fifth set (a development set: split 'test' in the data, trained on by name).
    const held5 = shipped.filter((s) => isHeld5Family(s.family));
    expect(held5.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(held5.map((s) => s.split))).toEqual(new Set(['test']));
    expect(held5.some((s) => isFixedTestFamily(s.family) || isBlindFamily(s.family))).toBe(false);
    for (const intent of CRITICAL_INTENTS) {
      expect(held5.some((s) => s.intents.includes(intent)), intent).toBe(true);
      expect(held5.some((s) => s.hardNegativeOf === intent), intent).toBe(true);
    }
    // And the sixth to seventeenth and the training sets written apart (dev12 to dev15), each after
    // the one before from its own generator: split 'test' in the data, in no other set, with
    // positives and hard negatives of every critical intent in both languages (only their shape is
    // checked here; no figures are read).
    const isOtherSet = (family: string) => [isFixedTestFamily, isFreshFamily, isCheckFamily, isBlindFamily, isHeld5Family].some((is) => is(family));
    const writtenApart = [['held6', isHeld6Family, 1200], ['held7', isHeld7Family, 1300], ['held8', isHeld8Family, 1800], ['held9', isHeld9Family, 2000], ['held10', isHeld10Family, 2400], ['held11', isHeld11Family, 2500], ['held12', isHeld12Family, 2500], ['held13', isHeld13Family, 2900], ['dev12', isDev12Family, 2600], ['dev13', isDev13Family, 2600], ['held14', isHeld14Family, 2300], ['held15', isHeld15Family, 2300], ['dev14', isDev14Family, 2300], ['dev15', isDev15Family, 2800], ['held16', isHeld16Family, 2200], ['held17', isHeld17Family, 2400]] as const;
    for (const [name, isSet, minSize] of writtenApart) {
      const set = shipped.filter((s) => isSet(s.family));
      expect(set.length, name).toBeGreaterThanOrEqual(minSize);
      expect(new Set(set.map((s) => s.split)), name).toEqual(new Set(['test']));
      expect(set.some((s) => isOtherSet(s.family) || writtenApart.some(([, is]) => is !== isSet && is(s.family))), name).toBe(false);
      for (const lang of ['en', 'es'] as const) {
        for (const intent of CRITICAL_INTENTS) {
          expect(set.some((s) => s.language === lang && s.intents.includes(intent)), `${name} ${lang} ${intent}`).toBe(true);
          expect(set.some((s) => s.language === lang && s.hardNegativeOf === intent), `${name} ${lang} ${intent}`).toBe(true);
        }
      }
    }
    expect(new Set(shipped.filter((s) => s.family.startsWith('t-') || s.family.startsWith('u-') || s.family.startsWith('w-')).map((s) => s.split))).toEqual(new Set(['train']));
    // Every critical intent is tested on phrasings and on hard negatives the model never saw.
    for (const intent of CRITICAL_INTENTS) {
      expect(shipped.some((s) => s.split === 'test' && s.intents.includes(intent)), intent).toBe(true);
      expect(shipped.some((s) => s.split === 'test' && s.hardNegativeOf === intent), intent).toBe(true);
      expect(shipped.some((s) => s.split === 'train' && s.hardNegativeOf === intent), intent).toBe(true);
    }
  });
});

describe('the shipped intent model', () => {
  it('tells a mention from the intent', () => {
    expect(names("I'm not saying I'll get a lawyer, I just want the itemized bill")).not.toContain('attorney');
    expect(names('I have an attorney now, talk to them')).toContain('attorney');
    // Representation is not a request to stop contact.
    expect(names('My attorney will call you.')).toEqual(['attorney']);
    expect(names("I'm not filing for bankruptcy, I just need more time")).not.toContain('bankruptcy');
    // Someone else's lawyer is not representation.
    expect(names('my lawyer friend said to ask for an itemized bill')).not.toContain('attorney');
    expect(names('Please stop calling me at work.')).toContain('cease_communication');
    expect(names('I got a bill today.')).toEqual([]);
  });

  it('reads representation into no more plain sentences that mention no lawyer than it did', () => {
    // The attorney families' positives carry these words around the lawyer (a letter got, the
    // patient, somebody who handles the bill, the papers); alone they are not representation.
    const plain = [
      'I got your letter.',
      'I got a bill today.',
      'The patient is my mom.',
      'Please call me back about the account.',
      'I got the statement in the mail yesterday.',
      'My wife handles all the bills, talk to her.',
      'Can you send the itemized charges to my email?',
      'I received the notice about my hospital account.',
      'My son is calling for me, he has all the papers.',
      "I'll pay the rest on Friday.",
      'Recibí su carta.',
      'Me llegó la factura hoy.',
      'La paciente es mi mamá.',
      'Ya tengo los papeles de la cuenta.',
      'Mi hija le va a llamar por lo del hospital.',
      'Quiero saber el saldo de mi cuenta.',
    ];
    // None of them reads as representation now; the list must stay empty. ("My wife handles all
    // the bills, talk to her." reads as a death instead: a known limit in docs/conversations.md.)
    expect(plain.filter((text) => names(text).includes('attorney'))).toEqual([]);
  });

  it('gives each intent a calibrated probability, and an opt-out keyword certainty', () => {
    const [attorney] = detectIntents('I have an attorney now, talk to them').filter((m) => m.intent === 'attorney');
    expect(attorney!.probability).toBeGreaterThan(0.5);
    expect(attorney!.probability).toBeLessThanOrEqual(1);
    expect(attorney!.evidence.join(' ')).toMatch(/attorney/);
    const [stop] = detectIntents('STOP', { medium: 'sms' });
    expect(stop).toMatchObject({ intent: 'cease_communication', keyword: true, probability: 1, channels: ['sms'] });
    expect(detectIntents('Please stop calling me.')[0]?.keyword).toBeUndefined();
  });

  it('keeps its held-out figures above the floors recorded in docs/conversations.md', () => {
    const handWritten = parseUtterances(readFileSync(UTTERANCES_URL, 'utf8'));
    const test = evalItemsOf(shipped.filter((s) => s.split === 'test' && isFixedTestFamily(s.family)), handWritten.filter((u) => u.split === 'test'));
    const f = intentSetFigures(test, (it) => detectIntents(it.text, it.medium ? { medium: it.medium } : {}).map((m) => m.intent));
    // Regression floors a little under the measured figures (the goals are higher; see the docs).
    expect(f.macroF1).toBeGreaterThanOrEqual(0.83);
    for (const intent of CRITICAL_INTENTS) expect(f.perIntent.find((r) => r.intent === intent)!.recall, intent).toBeGreaterThanOrEqual(0.93);
    // And on the sets written by authors who opened no family file, never trained on: held16 and
    // held17 together (read once, for the decision that shipped this model). Floors: macro-F1,
    // critical recall and precision on hard negatives.
    const detect = (it: { text: string; medium?: 'call' | 'sms' | 'chat' | 'email' }) => detectIntents(it.text, it.medium ? { medium: it.medium } : {}).map((m) => m.intent);
    const g = intentSetFigures(evalItemsOf(shipped.filter((s) => isHeld16Family(s.family) || isHeld17Family(s.family)), []), detect);
    expect(g.macroF1).toBeGreaterThanOrEqual(0.86);
    for (const intent of CRITICAL_INTENTS) {
      const r = g.perIntent.find((x) => x.intent === intent)!;
      expect(r.recall, intent).toBeGreaterThanOrEqual(0.82);
      expect(r.hardNegatives!.precision, intent).toBeGreaterThanOrEqual(0.86);
    }
  });
});

describe('a second-stage verifier', () => {
  const id = hashFeature('w:lawyer');
  /** A model whose only weight makes "lawyer" fire attorney at 0.95. */
  const lawyerOnlyModel = (): IntentModel => ({
    format: 1,
    bits: 18,
    intents: [...INTENTS],
    patternFeatures: false,
    bias: INTENTS.map(() => 0),
    calibration: INTENTS.map(() => [1, 0] as [number, number]),
    thresholds: INTENTS.map(() => 0.5),
    patternThresholds: INTENTS.map(() => 0.5),
    weights: INTENTS.map((i) => (i === 'attorney' ? [[id], [3]] : [[], []]) as [number[], number[]]),
  });
  it('vetoes an intent the first stage fires on when it does not agree, and only then', () => {
    const base = lawyerOnlyModel();
    const f = intentFeatures(tokenize('lawyer'), 'en', []);
    const fires = (m: IntentModel) => scoreIntents(compileIntentModel(m), f).find((s) => s.intent === 'attorney')!.fires;
    expect(fires(base)).toBe(true);
    const verifier = (w: number) => ({ intent: 'attorney' as const, bias: 0, calibration: [1, 0] as [number, number], threshold: 0.5, weights: [[id], [w]] as [number[], number[]] });
    expect(fires({ ...base, verifiers: [verifier(-2)] })).toBe(false);
    expect(fires({ ...base, verifiers: [verifier(2)] })).toBe(true);
  });

  it('is not asked when the first stage is surer than its trust level, and still vetoes below it', () => {
    const model = lawyerOnlyModel();
    const f = intentFeatures(tokenize('lawyer'), 'en', []);
    const attorney = (m: IntentModel) => scoreIntents(compileIntentModel(m), f).find((s) => s.intent === 'attorney')!;
    const p = attorney(model).probability;
    expect(p).toBeGreaterThan(0.5);
    const veto = { intent: 'attorney' as const, bias: 0, calibration: [1, 0] as [number, number], threshold: 0.5, weights: [[id], [-2]] as [number[], number[]] };
    expect(attorney({ ...model, verifiers: [{ ...veto, trustAbove: p - 0.01 }] }).fires).toBe(true);
    expect(attorney({ ...model, verifiers: [{ ...veto, trustAbove: p + 0.01 }] }).fires).toBe(false);
  });
});

describe('critical thresholds tuned with a verifier', () => {
  // A sure positive the verifier does not know, a likely false alarm it vetoes, a plain positive.
  const p = [0.95, 0.8, 0.7];
  const verify = [0.001, 0.001, 0.5];
  const y = [1, 0, 1];
  const hit = [false, false, false];
  const fires = ([ta, , tv, tt]: readonly number[]) => p.map((v, i) => v >= ta! && (verify[i]! >= tv! || v >= tt!));

  it('keeps every positive, and trusts a sure first stage over the verifier only when that is tuned', () => {
    const without = pickThresholds(p, hit, y, true, 0.95, { fine: true, verify });
    expect(without[3]).toBe(2);
    expect(fires(without)).toEqual([true, true, true]);
    const withTrust = pickThresholds(p, hit, y, true, 0.95, { fine: true, verify, trustAbove: true });
    expect(withTrust[3]).toBeLessThan(1);
    expect(fires(withTrust)).toEqual([true, false, true]);
  });

  it('with a margin, takes the lowest verifier threshold within it of the best precision', () => {
    // 20 positives the verifier scores 0.5; false alarms at 0.2 and 0.001.
    const pp = Array.from({ length: 22 }, () => 0.9);
    const vv = [...Array.from({ length: 20 }, () => 0.5), 0.2, 0.001];
    const yy = [...Array.from({ length: 20 }, () => 1), 0, 0];
    const hh = pp.map(() => false);
    const best = pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv });
    expect(best[2]).toBeGreaterThan(0.2);
    const lowest = pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, margin: 0.06 });
    expect(lowest[2]).toBe(0.002);
    expect(pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, margin: 0.01 })[2]).toBeGreaterThan(0.2);
  });

  it('with a family floor, does not give up a whole family that the recall target would let go', () => {
    // Family 0: 38 positives the verifier is sure of; family 1: 2 positives it scores as low as 4 false alarms.
    const pp = Array.from({ length: 44 }, () => 0.9);
    const vv = [...Array.from({ length: 38 }, () => 0.5), 0.012, 0.012, 0.012, 0.012, 0.012, 0.012];
    const yy = [...Array.from({ length: 40 }, () => 1), 0, 0, 0, 0];
    const fam = [...Array.from({ length: 38 }, () => 0), 1, 1, 2, 2, 2, 2];
    const hh = pp.map(() => false);
    const plain = pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, family: fam });
    expect(plain[2]).toBeGreaterThan(0.012);
    const floored = pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, family: fam, familyFloor: 0.5 });
    expect(floored[2]).toBeLessThanOrEqual(0.012);
  });
});

describe('critical thresholds held by a precision floor on hard negatives', () => {
  // 20 positives the verifier is sure of; 2 it scores as low as 6 hard negatives.
  const pp = Array.from({ length: 28 }, () => 0.9);
  const vv = [...Array.from({ length: 20 }, () => 0.5), ...Array.from({ length: 8 }, () => 0.012)];
  const yy = [...Array.from({ length: 22 }, () => 1), 0, 0, 0, 0, 0, 0];
  const hn = yy.map((v) => v === 0);
  const hh = pp.map(() => false);

  it('gives up the last positives rather than pass every hard negative that buys them', () => {
    // Without the floor, the recall target takes the verifier under 0.012: 6 false alarms, precision 22/28.
    expect(pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv })[2]).toBeLessThanOrEqual(0.012);
    // With it, the best recall among the triples keeping 0.85 on hard negatives.
    expect(pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, hardNegative: hn, hardNegativePrecisionFloor: 0.85 })[2]).toBeGreaterThan(0.012);
    // A floor no triple reaches leaves the rule as it was.
    expect(pickThresholds(pp, hh, yy, true, 0.95, { fine: true, verify: vv, hardNegative: hn, hardNegativePrecisionFloor: 1.01 })[2]).toBeLessThanOrEqual(0.012);
  });

  it('keeps the first stage at or above its floor', () => {
    const p = [0.9, 0.9, 0.06, 0.3];
    const y = [1, 1, 1, 0];
    expect(pickThresholds(p, [false, false, false, false], y, true, 0.95, { fine: true })[0]).toBeLessThanOrEqual(0.05);
    expect(pickThresholds(p, [false, false, false, false], y, true, 0.95, { fine: true, aloneFloor: 0.1 })[0]).toBeGreaterThanOrEqual(0.1);
  });
});

describe('a verifier scope per intent', () => {
  const examples: IntentTrainingExample[] = [
    ...['my lawyer has it now', 'talk to my attorney', 'I have a lawyer for this bill', 'my attorney will call you'].map((text, i) => ({ text, intents: ['attorney' as const], family: `a${i}` })),
    ...["I don't have a lawyer", 'my lawyer friend says hi'].map((text, i) => ({ text, intents: [], family: `h${i}`, hardNegativeOf: 'attorney' as const })),
    ...['this charge is wrong, I dispute it', 'I never had this procedure', 'stop calling me', 'I got your letter', 'my wife pays the bills, talk to her', 'can I get a payment plan', 'what is my balance', 'I got a bill today'].map((text, i) => ({ text, intents: i < 2 ? ['dispute' as const] : i === 2 ? ['cease_communication' as const] : i === 5 ? ['wants_plan' as const] : [], family: `o${i}` })),
  ];
  const options = { folds: 2, epochs: 2 };

  it('is one scope for all, or one per intent (topic when absent)', () => {
    expect(verifierScopeOf({}, 'attorney')).toBe('topic');
    expect(verifierScopeOf({ verifierScope: 'all' }, 'dispute')).toBe('all');
    expect(verifierScopeOf({ verifierScope: { attorney: 'topic+plain' } }, 'attorney')).toBe('topic+plain');
    expect(verifierScopeOf({ verifierScope: { attorney: 'topic+plain' } }, 'dispute')).toBe('topic');
  });

  it("changes only that intent's verifier: a plain sentence it never saw on its topic becomes one it is trained on", () => {
    const topic = outOfFoldScores(examples, options);
    const attorney = INTENTS.indexOf('attorney');
    for (const scope of ['all', 'topic+plain'] as const) {
      const wide = outOfFoldScores(examples, { ...options, verifierScope: { attorney: scope }, verifierPlainShare: 1 });
      for (const [j, scores] of topic.verifierScores) {
        if (j === attorney) expect(wide.verifierScores.get(j), scope).not.toEqual(scores);
        else expect(wide.verifierScores.get(j), `${scope} ${INTENTS[j]}`).toEqual(scores);
      }
      expect(wide.scores).toEqual(topic.scores);
    }
    // With no share of the plain sentences, 'topic+plain' is the topic scope.
    expect(outOfFoldScores(examples, { ...options, verifierScope: { attorney: 'topic+plain' }, verifierPlainShare: 0 }).verifierScores).toEqual(topic.verifierScores);
  });
});

describe('a batch that teaches only its own intent', () => {
  it('leaves every other intent exactly as trained without it', () => {
    const base: IntentTrainingExample[] = [
      ...['I already paid this last week', 'paid it in full yesterday', 'I sent the payment already'].map((text, i) => ({ text, intents: ['already_paid' as const], family: `p${i}` })),
      ...['this charge is wrong, I dispute it', 'I never had this procedure', 'that bill is not mine to pay'].map((text, i) => ({ text, intents: ['dispute' as const], family: `d${i}` })),
      ...['stop calling me', 'do not text me again', 'no more calls please'].map((text, i) => ({ text, intents: ['cease_communication' as const], family: `c${i}` })),
      ...['can I get a payment plan', 'what is my balance', 'thanks, have a good day'].map((text, i) => ({ text, intents: i === 0 ? ['wants_plan' as const] : [], family: `o${i}` })),
    ];
    const batch: IntentTrainingExample[] = ['quit ringing my phone', 'lose my number', 'the plan stopped, is that ok?'].map((text, i) => ({ text, intents: i < 2 ? ['cease_communication' as const] : [], family: `q${i}`, known: ['cease_communication' as const] }));
    const options = { folds: 2, epochs: 2, verifiers: false };
    const without = trainIntentModel(base, options);
    const withBatch = trainIntentModel([...base, ...batch], options);
    const cease = without.intents.indexOf('cease_communication');
    without.intents.forEach((intent, j) => {
      if (j === cease) return;
      expect(withBatch.weights[j], intent).toEqual(without.weights[j]);
      expect([withBatch.bias[j], withBatch.calibration[j], withBatch.thresholds[j], withBatch.patternThresholds[j]], intent).toEqual([without.bias[j], without.calibration[j], without.thresholds[j], without.patternThresholds[j]]);
    });
    expect(withBatch.weights[cease]).not.toEqual(without.weights[cease]);
    // A second batch that teaches another intent, in families that sort after the first batch's,
    // leaves the first batch's intent as it was too.
    const second: IntentTrainingExample[] = ['my lawyer handles this now', 'a friend of mine is a lawyer'].map((text, i) => ({ text, intents: i === 0 ? ['attorney' as const] : [], family: `s${i}`, known: ['attorney' as const] }));
    const withBoth = trainIntentModel([...base, ...batch, ...second], options);
    const attorney = without.intents.indexOf('attorney');
    without.intents.forEach((intent, j) => {
      if (j === attorney) return;
      expect(withBoth.weights[j], intent).toEqual(withBatch.weights[j]);
      expect([withBoth.bias[j], withBoth.calibration[j], withBoth.thresholds[j], withBoth.patternThresholds[j]], intent).toEqual([withBatch.bias[j], withBatch.calibration[j], withBatch.thresholds[j], withBatch.patternThresholds[j]]);
    });
  });
});

describe('helpers', () => {
  it('wilson intervals are honest on small counts', () => {
    const [lo, hi] = wilson(10, 10);
    expect(hi).toBe(1);
    expect(lo).toBeGreaterThan(0.65);
    expect(lo).toBeLessThan(0.75);
  });

  it('confirmation lines ask, in the conversation language', () => {
    expect(confirmationLine('cease_communication', 'en', ['call'])).toBe("It sounds like you'd like us to stop calling. Is that right?");
    expect(confirmationLine('cease_communication', 'es', ['sms'])).toMatch(/mensajes.*¿Es así\?/);
    expect(confirmationLine('attorney', 'en')).toMatch(/\?/);
  });
});

describe('a verifier\'s score', () => {
  it('weighs the verifier features at the text features\' value, or at their own unit norm when trained so', () => {
    const f = { ids: [1, 2], values: [0.5, 1], verifierIds: [3, 4], verifierValues: [0.5, 0.5], verifierOwn: 0.25 };
    const table = new Map([[1, 2], [3, 4], [4, -1]]);
    expect(verifierScore(table, 0.5, f)).toBeCloseTo(0.5 + 1 + 2 - 0.5, 12);
    expect(verifierScore(table, 0.5, f, true)).toBeCloseTo(0.5 + 1 + 1 - 0.25, 12);
  });

  it('reads only the verifier features when it reads the topic only', () => {
    const f = { ids: [1, 2], values: [0.5, 1], verifierIds: [3, 4], verifierValues: [0.5, 0.5], verifierOwn: 0.25 };
    const table = new Map([[1, 2], [3, 4], [4, -1]]);
    expect(verifierScore(table, 0.5, f, false, true)).toBeCloseTo(0.5 + 2 - 0.5, 12);
  });
});

describe('two-part utterances for training (mixShare)', () => {
  const examples: IntentTrainingExample[] = [
    { text: 'My husband passed away last month.', intents: ['deceased'], family: 'dec' },
    { text: 'My dog died last week, sorry for the delay.', intents: [], family: 'dec-neg', hardNegativeOf: 'deceased' },
    { text: 'Can I pay it in small monthly payments?', intents: ['wants_plan'], family: 'plan' },
    { text: 'I just need more time to pay.', intents: ['wants_plan'], family: 'plan2' },
    { text: 'Mi esposo falleció el mes pasado.', intents: ['deceased'], family: 'dec-es' },
    { text: '¿Puedo pagar en cuotas pequeñas cada mes?', intents: ['wants_plan'], family: 'plan-es' },
    { text: 'My mother died and the bill was hers.', intents: ['deceased'], family: 'dec2', known: ['deceased'] },
  ];
  it('joins critical positives and hard negatives to another intent of the same language, with both labels', () => {
    const mixes = mixedExamples(examples, 1, 7);
    expect(mixes.length).toBe(3);
    for (const m of mixes) {
      expect(m.family.startsWith('mix:')).toBe(true);
      expect(m.intents).toContain('wants_plan');
      const spanish = m.text.includes('esposo');
      // A Spanish part is joined to the Spanish plan only.
      if (spanish) expect(m.text).toContain('cuotas');
      else expect(m.text).not.toMatch(/cuotas/);
    }
    const negative = mixes.find((m) => m.text.includes('dog'))!;
    expect(negative.intents).toEqual(['wants_plan']);
    expect(negative.hardNegativeOf).toBe('deceased');
    expect(mixes.find((m) => m.text.includes('husband'))!.intents).toEqual(expect.arrayContaining(['deceased', 'wants_plan']));
    // Partly labeled rows neither start nor complete a pair.
    expect(mixes.some((m) => m.text.includes('My mother died'))).toBe(false);
  });
  it('is seeded: the same seed gives the same pairs, and share 0 none', () => {
    expect(mixedExamples(examples, 0.5, 3)).toEqual(mixedExamples(examples, 0.5, 3));
    expect(mixedExamples(examples, 0, 3)).toEqual([]);
  });
});
