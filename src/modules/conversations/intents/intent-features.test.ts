import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { hashFeature, intentFeatures, scopes, type IntentFeatureSetVersion } from './intent-features.js';

const thirdParty = (text: string) => {
  const t = tokenize(text);
  const s = scopes(t, t.words);
  return t.words.filter((_, i) => (s[i]! & 4) !== 0);
};
const has = (text: string, feature: string) => intentFeatures(tokenize(text), 'en', []).ids.includes(hashFeature(feature));

describe('intent features: whose lawyer, whose bankruptcy, whose death', () => {
  it('marks a compound whose head is another person as theirs ("my lawyer friend")', () => {
    expect(thirdParty('my lawyer friend said to ask for an itemized bill')).toEqual(expect.arrayContaining(['lawyer', 'friend']));
    expect(thirdParty('a friend who is an attorney told me')).toContain('attorney');
    expect(thirdParty('I have a lawyer now')).toEqual([]);
  });

  it('reads the Spanish article "el" as nobody, the pronoun "él" as another person (feature sets 2 and 3)', () => {
    const third = (text: string, set: IntentFeatureSetVersion) => {
      const t = tokenize(text);
      const s = scopes(t, t.words, set);
      return t.words.filter((_, i) => (s[i]! & 4) !== 0);
    };
    expect(third('el juez de la quiebra dice que no pueden cobrar', 3)).toEqual([]);
    expect(third('el juez de la quiebra dice que no pueden cobrar', 1)).not.toEqual([]);
    expect(third('estoy en el capítulo 7', 2)).toEqual([]);
    expect(third('él murió el mes pasado', 3)).toContain('murio');
    expect(third('el ya murio', 3)).toContain('murio');
  });

  it('adds the subject of the clause to the words that depend on it', () => {
    expect(has('I have a lawyer now', 'ks:LAWYER:self')).toBe(true);
    expect(has('my lawyer friend said to ask', 'ks:LAWYER:other')).toBe(true);
    expect(has('my mother died last week', 'ks:DIED:kin')).toBe(true);
    expect(has('I almost died when I saw the total', 'ks:DIED:self')).toBe(true);
    expect(has('if I need a lawyer', 'ks:LAWYER:self:nh')).toBe(true);
  });
});

describe('verifier features: a topic word with its neighbours, scope, subject and tense', () => {
  const hasV = (text: string, feature: string) => intentFeatures(tokenize(text), 'en', []).verifierIds.includes(hashFeature(feature));

  it('sees the words around a topic word and a settled past', () => {
    expect(hasV('my lawyer friend said to ask', 'vn:LAWYER:friend')).toBe(true);
    expect(hasV('I have a lawyer now', 'vp:LAWYER:a')).toBe(true);
    expect(hasV('my grandpa died years ago', 'vpast:DIED')).toBe(true);
    expect(hasV('my grandpa died last week', 'vpast:DIED')).toBe(false);
    expect(hasV("I'm not saying I'll get a lawyer, I just want the bill", 'vneg:LAWYER')).toBe(true);
  });

  const hasV3 = (text: string, feature: string, set: IntentFeatureSetVersion = 3) => intentFeatures(tokenize(text), 'en', [], set).verifierIds.includes(hashFeature(feature));
  it('sees whose bankruptcy it is, a figure of speech, a year and a bill set apart (feature sets 2 and 3)', () => {
    expect(hasV3('the store I worked at filed chapter 11', 'vown:BANKRUPT:i')).toBe(true);
    expect(hasV3('the store I worked at filed chapter 11', 'vown:BANKRUPT:i', 1)).toBe(false);
    expect(hasV3('my ex filed bankruptcy', 'vown:BANKRUPT')).toBe(true);
    expect(hasV3('my friend has a lawyer', 'vown:LAWYER')).toBe(true);
    expect(hasV3('this bill will bankrupt me', 'vfig:BANKRUPT:will')).toBe(true);
    expect(hasV3('I will file for bankruptcy', 'vwill:BANKRUPT:i')).toBe(true);
    expect(hasV3('my bankruptcy was discharged in 2015, this is a new bill', 'vapart:BANKRUPT:past')).toBe(true);
    expect(hasV3('I filed bankruptcy last week', 'vapart:BANKRUPT')).toBe(false);
  });

  it('keeps the outside owner off deaths in feature set 3 ("my brother died" is a relative\'s death)', () => {
    expect(hasV3('my brother died and I do not know what to do with these bills', 'vown:DIED:i', 2)).toBe(true);
    expect(hasV3('my brother died and I do not know what to do with these bills', 'vown:DIED:i', 3)).toBe(false);
    expect(hasV3('my brother died', 'vown:DIED', 3)).toBe(false);
  });

  it('keeps every feature set 2 adds to lawyers and bankruptcies in feature set 4', () => {
    expect(hasV3('since my husband died I cannot keep up', 'vapart:DIED', 3)).toBe(true);
    expect(hasV3('since my husband died I cannot keep up', 'vapart:DIED', 4)).toBe(false);
    expect(hasV3('my wife passed in 2021', 'vpast:DIED', 3)).toBe(true);
    expect(hasV3('my wife passed in 2021', 'vpast:DIED', 4)).toBe(false);
    expect(hasV3('I dispute this charge from 2023', 'vpast:DISPUTE', 3)).toBe(true);
    expect(hasV3('I dispute this charge from 2023', 'vpast:DISPUTE', 4)).toBe(false);
    expect(hasV3('my bankruptcy was discharged in 2015, this is a new bill', 'vapart:BANKRUPT:past', 4)).toBe(true);
    expect(hasV3('the store I worked at filed chapter 11', 'vown:BANKRUPT:i', 4)).toBe(true);
    expect(hasV3('this bill will bankrupt me', 'vfig:BANKRUPT:will', 4)).toBe(true);
  });

  it('gives one verifier another feature set\'s verifier features over the same first stage (verifierOf)', () => {
    const f = intentFeatures(tokenize('the store I worked at filed chapter 11'), 'en', []);
    const alt = f.verifierOf!(4);
    expect(f.verifierIds.includes(hashFeature('vown:BANKRUPT:i'))).toBe(false);
    expect(alt.verifierIds.includes(hashFeature('vown:BANKRUPT:i'))).toBe(true);
    expect(alt.verifierValues.every((v) => v === f.verifierValues[0])).toBe(true);
    expect(alt.verifierOwn).toBeCloseTo(1 / Math.sqrt(alt.verifierIds.length), 12);
    expect(f.verifierOf!(1).verifierIds).toEqual(f.verifierIds);
  });

  it('gives the verifier features the text features\' value, and their own unit norm apart', () => {
    const f = intentFeatures(tokenize('my brother died and I do not know what to do with these bills'), 'en', []);
    const textValue = Math.min(...f.values);
    expect(f.verifierValues.every((v) => v === textValue)).toBe(true);
    expect(f.verifierOwn).toBeCloseTo(1 / Math.sqrt(f.verifierIds.length), 12);
    expect(f.verifierOwn).toBeGreaterThan(textValue);
  });
});
