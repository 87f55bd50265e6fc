import { describe, expect, it } from 'vitest';
import { analyzeUtterance, conversationTrend } from './index.js';

describe('conversationTrend', () => {
  it('shows a call going bad: sentiment worsening, escalation rising, then a hold', () => {
    const turns = [
      { speaker: 'agent' as const, text: 'Hi, this is Ana from Mercy General billing. Is this a good time?' },
      { speaker: 'consumer' as const, text: 'Yes, I got a bill today.' },
      { speaker: 'agent' as const, text: 'I see a balance of $340 from your visit in May.' },
      { speaker: 'consumer' as const, text: "That's ridiculous, I already told you people this is wrong." },
      { speaker: 'consumer' as const, text: "This is harassment!! I want your supervisor and I'm reporting you." },
    ];
    const early = conversationTrend(turns.slice(0, 2));
    expect(early.points).toHaveLength(1);
    expect(early.alert).toBeNull();
    const trend = conversationTrend(turns);
    expect(trend.points.map((p) => p.index)).toEqual([1, 3, 4]); // agent turns do not move the trend
    expect(trend.direction).toBe('worsening');
    expect(trend.escalationRising).toBe(true);
    expect(trend.escalationRisk).toBeGreaterThan(early.escalationRisk);
    expect(trend.intents.map((i) => i.intent)).toEqual(expect.arrayContaining(['dispute', 'complaint']));
    expect(trend.holds).toEqual(['dispute']);
    expect(trend.alert).toBe('compliance_hold');
  });

  it('shows a call getting better after the agent offers help', () => {
    const trend = conversationTrend([
      "I'm so stressed, I lost my job and I can't pay this.",
      'Oh, there is assistance? That would really help.',
      'Thank you so much, that is a relief.',
    ]);
    expect(trend.direction).toBe('improving');
    expect(trend.rollingSentiment).toBeGreaterThan(0);
    expect(trend.intents[0]).toMatchObject({ intent: 'hardship', firstIndex: 0, count: 1 });
    expect(trend.holds).toEqual([]);
  });

  it('accepts analyses already streamed, and keeps the first language for short replies', () => {
    const first = analyzeUtterance('No puedo pagar, perdí mi trabajo.');
    const trend = conversationTrend([{ text: 'No puedo pagar, perdí mi trabajo.', analysis: first }, 'ok']);
    expect(trend.language).toBe('es');
    expect(trend.points).toHaveLength(2);
  });

  it('raises the crisis alert above everything else', () => {
    expect(conversationTrend(['Stop calling me.', "I can't take it anymore, I want to die."]).alert).toBe('crisis');
  });

  it('merges opt-out channels across turns', () => {
    const trend = conversationTrend(['Stop calling me.', 'And stop texting me too.']);
    expect(trend.intents.find((i) => i.intent === 'cease_communication')).toMatchObject({ count: 2, channels: ['call', 'sms'] });
  });
});
