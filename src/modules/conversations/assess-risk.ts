import type { Tokens } from './text/tokenize.js';
import { surfaceOf } from './text/tokenize.js';
import type { IntentMatch, SentimentResult } from './types.js';

/**
 * Distress and escalation signals: weighted word lists (EN/ES, accent-folded, matched on tokens
 * and on short phrases), combined with sentiment, intents and typography (caps, "!!"). The
 * weights are hand-set and documented in docs/conversations.md; they rank, not diagnose.
 */
const DISTRESS: Record<string, number> = {
  scared: 0.8, afraid: 0.7, terrified: 0.9, frightened: 0.8, worried: 0.6, anxious: 0.7, anxiety: 0.7,
  stressed: 0.6, stress: 0.5, stressing: 0.6, overwhelmed: 0.8, desperate: 0.9, hopeless: 0.9,
  helpless: 0.8, crying: 0.8, cried: 0.7, cry: 0.6, tears: 0.7, panic: 0.8, panicking: 0.8,
  depressed: 0.8, depression: 0.7, drowning: 0.7, nightmare: 0.6, devastated: 0.9, heartbroken: 0.8,
  exhausted: 0.5, struggling: 0.6, broke: 0.4, evicted: 0.7, homeless: 0.7, humiliated: 0.7,
  embarrassed: 0.5, ashamed: 0.6, grief: 0.8, grieving: 0.8, passed: 0.3, died: 0.6, cancer: 0.6,
  miedo: 0.8, asustado: 0.8, asustada: 0.8, preocupado: 0.6, preocupada: 0.6, angustia: 0.8,
  angustiado: 0.8, angustiada: 0.8, estresado: 0.6, estresada: 0.6, abrumado: 0.8, abrumada: 0.8,
  desesperado: 0.9, desesperada: 0.9, llorando: 0.8, llorado: 0.7, llorar: 0.6, lloro: 0.7,
  deprimido: 0.8, deprimida: 0.8, agobiado: 0.7, agobiada: 0.7, pesadilla: 0.6, verguenza: 0.6,
  fallecio: 0.6, murio: 0.6, ahogados: 0.7, ahogado: 0.7, ahogada: 0.7,
};
const DISTRESS_PHRASES: Array<[RegExp, number]> = [
  [/\b(dont|do not) know what (to do|im going to do|i am going to do)\b/, 0.8],
  [/\b(cant|cannot) (sleep|breathe|take (it|this) anymore|do this anymore)\b/, 0.8],
  [/\b(falling apart|breaking down|at my wits end|lose my (house|home)|losing my (house|home))\b/, 0.8],
  [/\bno se (que hacer|como voy a)\b|\bno puedo (dormir|mas)\b|\bperder mi casa\b/, 0.8],
];
/** Self-harm language: always maximal distress and a crisis cue. */
const CRISIS: RegExp[] = [
  /\b(kill myself|killing myself|end (it all|my life)|suicide|suicidal|want to die|dont want to (live|be here)|better off dead|hurt myself)\b/,
  /\b(matarme|suicid\w*|quitarme la vida|me quiero morir|no quiero vivir|acabar con mi vida)\b/,
];

const ANGER: Record<string, number> = {
  angry: 0.7, furious: 0.9, pissed: 0.8, mad: 0.6, livid: 0.9, outraged: 0.9, ridiculous: 0.6,
  unacceptable: 0.7, absurd: 0.5, insane: 0.5, sick: 0.3, tired: 0.2, fed: 0.3, wtf: 0.7, damn: 0.6,
  hell: 0.4, crap: 0.5, bullshit: 0.9, bs: 0.7, fuck: 1, fucking: 1, shit: 0.8, stupid: 0.7,
  idiot: 0.9, idiots: 0.9, incompetent: 0.8, joke: 0.5, scam: 0.7, scammers: 0.9, thieves: 0.9,
  crooks: 0.9, harassment: 0.8, harassing: 0.8, rude: 0.6, sue: 0.8, suing: 0.8, lawyer: 0.4,
  attorney: 0.4, court: 0.5, report: 0.5, reporting: 0.6, cfpb: 0.8, supervisor: 0.6, manager: 0.5,
  complaint: 0.6, worst: 0.6, hate: 0.7, enough: 0.3,
  enojado: 0.7, enojada: 0.7, furioso: 0.9, furiosa: 0.9, harto: 0.7, harta: 0.7, ridiculo: 0.6,
  ladrones: 0.9, rateros: 0.9, estafadores: 0.9, acoso: 0.8, groseros: 0.6, grosero: 0.6, grosera: 0.6,
  demanda: 0.7, demandar: 0.8, reportar: 0.6, queja: 0.6, gerente: 0.5, carajo: 0.8,
  chingado: 0.9, chingada: 0.9, mierda: 0.8, pinche: 0.7, pesimo: 0.6, odio: 0.7, basta: 0.5,
};

export interface RiskAssessment {
  distress: number;
  escalationRisk: number;
  crisis: boolean;
  distressEvidence: string[];
  escalationEvidence: string[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : Math.round(x * 100) / 100);

/** Distress (0..1) and escalation risk (0..1) of one utterance, with the words behind them. */
export function assessRisk(t: Tokens, sentiment: SentimentResult, intents: readonly IntentMatch[]): RiskAssessment {
  const distressEvidence: string[] = [];
  const escalationEvidence: string[] = [];
  let distressWord = 0;
  let anger = 0;
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i] as string;
    const d = DISTRESS[w];
    if (d !== undefined) {
      distressWord = Math.max(distressWord, d);
      distressEvidence.push(surfaceOf(t, i));
    }
    const a = ANGER[w];
    if (a !== undefined && a > 0) {
      anger = Math.max(anger, a);
      escalationEvidence.push(surfaceOf(t, i));
    }
  }
  const joined = t.words.join(' ');
  for (const [re, weight] of DISTRESS_PHRASES) {
    const m = re.exec(joined);
    if (m) {
      distressWord = Math.max(distressWord, weight);
      distressEvidence.push(m[0]);
    }
  }
  const crisis = CRISIS.some((re) => re.test(joined));
  const has = (name: string) => intents.some((m) => m.intent === name);
  const negativity = Math.max(0, -sentiment.score);
  const distress = crisis
    ? 1
    : clamp01(
        0.55 * distressWord +
          (has('hardship') ? 0.25 : 0) +
          (has('deceased') ? 0.3 : 0) +
          0.25 * negativity,
      );
  if (crisis) distressEvidence.unshift('self-harm language');
  const shouting = t.shouting ? 1 : t.caps.reduce((a, b) => a + b, 0) >= 2 ? 0.5 : 0;
  if (shouting > 0) escalationEvidence.push(t.shouting ? 'ALL CAPS' : 'words in caps');
  const bangs = Math.min(t.exclamations, 3) / 3;
  if (t.exclamations >= 2) escalationEvidence.push('!'.repeat(Math.min(t.exclamations, 3)));
  const escalationRisk = clamp01(
    0.45 * anger +
      (has('complaint') ? 0.3 : 0) +
      (has('attorney') ? 0.1 : 0) +
      0.15 * shouting +
      0.1 * bangs +
      0.25 * negativity,
  );
  return { distress, escalationRisk, crisis, distressEvidence: [...new Set(distressEvidence)], escalationEvidence: [...new Set(escalationEvidence)] };
}
