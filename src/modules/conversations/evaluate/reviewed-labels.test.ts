import { describe, expect, it } from 'vitest';
import { reviewedExamples } from './reviewed-labels.js';

describe('reviewed proposals as training examples', () => {
  it('one example per utterance, teaching only the intents a person decided', () => {
    const lines = [
      { utteranceId: 7, text: 'I have an attorney now, talk to them', intent: 'attorney', present: true },
      { utteranceId: 8, text: "I'm not filing for bankruptcy, I just need time", intent: 'bankruptcy', present: false },
      { utteranceId: 7, text: 'I have an attorney now, talk to them', intent: 'cease_communication', present: false },
    ].map((l) => JSON.stringify(l));
    const examples = reviewedExamples(lines.join('\n') + '\n', 'riverbend');
    expect(examples).toEqual([
      { text: 'I have an attorney now, talk to them', intents: ['attorney'], known: ['attorney', 'cease_communication'], family: 'reviewed:riverbend:7' },
      { text: "I'm not filing for bankruptcy, I just need time", intents: [], known: ['bankruptcy'], family: 'reviewed:riverbend:8' },
    ]);
  });

  it('refuses a bad line with its number rather than training on it', () => {
    expect(() => reviewedExamples('{"utteranceId":1,"text":"hi","intent":"wants_plan","present":true}', 'f')).toThrow('f:1: intent must be one of');
    expect(() => reviewedExamples('\n{"utteranceId":1,"text":"hi","intent":"attorney"}', 'f')).toThrow('f:2: present must be true or false');
    expect(() => reviewedExamples('nope', 'f')).toThrow('f:1: not JSON');
  });
});
