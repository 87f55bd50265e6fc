import { describe, expect, it } from 'vitest';
import { classifyJsonLines } from './index.js';

describe('classifyJsonLines (kindly sentiment classify)', () => {
  it('answers every line in order, keeps ids, and counts malformed lines', () => {
    const { results, rejected } = classifyJsonLines([
      '{"id":"a","text":"Stop calling me, I have a lawyer."}',
      '',
      'not json',
      '{"id":7,"text":42}',
      '{"id":"b","text":"Gracias, muy amable.","medium":"sms"}',
      '{"id":"c","text":"hi","language":"fr"}',
    ]);
    expect(rejected).toBe(3);
    expect(results.map((r) => r.id)).toEqual(['a', null, 7, 'b', 'c']);
    expect(results[0]).toMatchObject({ intents: ['cease_communication', 'attorney'], optOutChannels: ['call'] });
    expect(results[1]).toMatchObject({ error: { path: '' } });
    expect(results[2]).toMatchObject({ error: { path: 'text' } });
    expect(results[3]).toMatchObject({ label: 'positive', language: 'es' });
    expect(results[4]).toMatchObject({ error: { path: 'language' } });
    const ok = results[0] as { score: number; cues: unknown[]; evidence: { intents: Record<string, string[]> } };
    expect(ok.score).toBeGreaterThanOrEqual(-1);
    expect(ok.cues.length).toBeGreaterThan(0);
    expect(ok.evidence.intents.attorney).toEqual(['lawyer']);
  });
});
