import { analyzeUtterance } from './analyze-utterance.js';
import type { ContactChannel, Intent } from './intent-effects.js';
import type { AnalyzeOptions, IntentEffect, Language, UtteranceAnalysis } from './types.js';

/** One turn of a conversation; agent turns are kept for context but do not move the trend. */
export type ConversationTurn =
  | string
  | {
      text: string;
      speaker?: 'consumer' | 'agent';
      /** Pass the analysis already streamed for this turn to avoid analyzing it again. */
      analysis?: UtteranceAnalysis;
    };

export interface TrendPoint {
  /** Index of the turn in the input. */
  index: number;
  score: number;
  /** Exponentially weighted sentiment up to this turn (-1..1). */
  rolling: number;
  distress: number;
  escalationRisk: number;
  /** Exponentially weighted escalation risk up to this turn. */
  rollingRisk: number;
}

export interface IntentSoFar {
  intent: Intent;
  firstIndex: number;
  lastIndex: number;
  count: number;
  channels?: ContactChannel[];
  effect: IntentEffect;
}

export interface ConversationTrend {
  /** One point per consumer turn, in order. */
  points: TrendPoint[];
  language: Language | null;
  rollingSentiment: number;
  /** Rolling sentiment now minus 3 consumer turns ago. */
  sentimentChange: number;
  direction: 'improving' | 'steady' | 'worsening';
  escalationRisk: number;
  escalationRising: boolean;
  distress: number;
  distressRising: boolean;
  /** Every intent seen so far, with the turns it was seen in. */
  intents: IntentSoFar[];
  /** Compliance holds the conversation calls for so far (from the intents' effects). */
  holds: NonNullable<IntentEffect['hold']>[];
  /** The most urgent thing for the agent's screen, or null. */
  alert: 'crisis' | 'compliance_hold' | 'escalating' | 'distressed' | null;
}

/** Weight of the newest turn in the rolling figures: recent turns matter most in a live chat. */
const ALPHA = 0.5;
const RISING = 0.1;

/**
 * The trend of a conversation so far (rolling sentiment, escalation and distress, intents seen),
 * for streaming to the agent UI: call it with the turns so far after each new one.
 */
export function conversationTrend(turns: readonly ConversationTurn[], opts: AnalyzeOptions = {}): ConversationTrend {
  const points: TrendPoint[] = [];
  const intents = new Map<Intent, IntentSoFar>();
  let rolling = 0;
  let rollingRisk = 0;
  let rollingDistress = 0;
  let language: Language | null = opts.language ?? null;
  let crisis = false;
  const riskHistory: number[] = [];
  const distressHistory: number[] = [];
  turns.forEach((turn, index) => {
    const t = typeof turn === 'string' ? { text: turn } : turn;
    if (t.speaker === 'agent') return;
    const a = t.analysis ?? analyzeUtterance(t.text, { ...opts, language: opts.language ?? language ?? undefined });
    // The first consumer turn's language carries over (short replies like "ok" detect poorly).
    if (language === null) language = a.language;
    const first = points.length === 0;
    rolling = first ? a.score : ALPHA * a.score + (1 - ALPHA) * rolling;
    rollingRisk = first ? a.escalationRisk : ALPHA * a.escalationRisk + (1 - ALPHA) * rollingRisk;
    rollingDistress = first ? a.distress : ALPHA * a.distress + (1 - ALPHA) * rollingDistress;
    riskHistory.push(rollingRisk);
    distressHistory.push(rollingDistress);
    crisis ||= a.crisis;
    points.push({
      index,
      score: a.score,
      rolling: round(rolling),
      distress: a.distress,
      escalationRisk: a.escalationRisk,
      rollingRisk: round(rollingRisk),
    });
    for (const m of a.intents) {
      const seen = intents.get(m.intent);
      if (seen) {
        seen.lastIndex = index;
        seen.count++;
        if (m.channels) seen.channels = [...new Set([...(seen.channels ?? []), ...m.channels])];
      } else {
        const entry: IntentSoFar = { intent: m.intent, firstIndex: index, lastIndex: index, count: 1, effect: m.effect };
        if (m.channels) entry.channels = [...m.channels];
        intents.set(m.intent, entry);
      }
    }
  });
  const back = (xs: number[]) => xs[Math.max(0, xs.length - 4)] ?? 0;
  const sentimentChange = points.length < 2 ? 0 : round(rolling - (points[Math.max(0, points.length - 4)]?.rolling ?? 0));
  const escalationRising = riskHistory.length >= 2 && rollingRisk - back(riskHistory) >= RISING && rollingRisk >= 0.3;
  const distressRising = distressHistory.length >= 2 && rollingDistress - back(distressHistory) >= RISING && rollingDistress >= 0.3;
  const holds = [...new Set([...intents.values()].flatMap((i) => (i.effect.hold ? [i.effect.hold] : [])))];
  const alert = crisis
    ? 'crisis'
    : holds.length > 0
      ? 'compliance_hold'
      : escalationRising || rollingRisk >= 0.6
        ? 'escalating'
        : distressRising || rollingDistress >= 0.6
          ? 'distressed'
          : null;
  return {
    points,
    language,
    rollingSentiment: round(rolling),
    sentimentChange,
    direction: sentimentChange >= RISING ? 'improving' : sentimentChange <= -RISING ? 'worsening' : 'steady',
    escalationRisk: round(rollingRisk),
    escalationRising,
    distress: round(rollingDistress),
    distressRising,
    intents: [...intents.values()],
    holds,
    alert,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
