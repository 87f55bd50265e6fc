import { describe, expect, it } from 'vitest';
import { analyzeUtterance } from './index.js';

describe('analyzeUtterance', () => {
  it('gives a distressed patient the hardship route, with phrasings to adapt, not a script', () => {
    const a = analyzeUtterance("I lost my job last month and honestly I'm scared, I can't afford this.");
    expect(a.label).toBe('negative');
    expect(a.distress).toBeGreaterThanOrEqual(0.5);
    expect(a.intents.map((m) => m.intent)).toContain('hardship');
    expect(a.cues.find((c) => c.kind === 'action' && c.because === 'hardship')?.text).toMatch(/assistance/);
    const suggestions = a.cues.filter((c) => c.kind === 'suggest');
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(2);
    expect(a.evidence.distress).toContain('scared');
  });

  it('suggests phrasings in the conversation language', () => {
    const a = analyzeUtterance('Mi esposo falleció en enero y no sé qué hacer con esta cuenta.');
    expect(a.language).toBe('es');
    expect(a.intents.map((m) => m.intent)).toContain('deceased');
    const suggest = a.cues.filter((c) => c.kind === 'suggest');
    expect(suggest[0]?.because).toBe('deceased');
    expect(suggest[0]?.text).toMatch(/Lamento|siento/);
  });

  it('varies the suggested wording between utterances', () => {
    const texts = ['Can I set up a payment plan?', 'Could I pay $50 a month?', 'Can I make payments on this?', 'Is there an installment option?'];
    const phrasings = new Set(texts.map((t) => analyzeUtterance(t).cues.find((c) => c.kind === 'suggest')?.text));
    expect(phrasings.size).toBeGreaterThan(1);
  });

  it('flags escalation from anger, caps and threats', () => {
    const calm = analyzeUtterance('Can you send me the statement again?');
    const angry = analyzeUtterance('THIS IS A SCAM!!! I am reporting you to the CFPB.');
    expect(calm.escalationRisk).toBeLessThan(0.3);
    expect(angry.escalationRisk).toBeGreaterThanOrEqual(0.6);
    expect(angry.evidence.escalation.length).toBeGreaterThan(0);
  });

  it('puts safety first on self-harm language', () => {
    const a = analyzeUtterance("I can't do this anymore, I want to kill myself.");
    expect(a.crisis).toBe(true);
    expect(a.distress).toBe(1);
    expect(a.cues[0]).toMatchObject({ kind: 'acknowledge', because: 'crisis' });
    expect(a.cues.some((c) => c.kind === 'action' && /988/.test(c.text))).toBe(true);
  });

  it('fills the opt-out channel into the cue', () => {
    const a = analyzeUtterance('Please stop texting me.');
    expect(a.cues.find((c) => c.kind === 'action')?.text).toBe('Record the opt-out for text messages now.');
  });
});
