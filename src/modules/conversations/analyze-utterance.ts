import { assessRisk } from './assess-risk.js';
import { suggestCues } from './cues/suggest-cues.js';
import { detectIntentsInTokens } from './intents/detect-intents.js';
import { classifyTokens } from './sentiment/classify-sentiment.js';
import { detectLanguage } from './text/detect-language.js';
import { tokenize } from './text/tokenize.js';
import type { AnalyzeOptions, UtteranceAnalysis } from './types.js';

/**
 * Everything about one utterance of a chat, SMS thread or call transcript: sentiment, distress,
 * escalation risk, intents with their compliance effects, and cues for the agent, each with the
 * words that drove it.
 */
export function analyzeUtterance(text: string, opts: AnalyzeOptions = {}): UtteranceAnalysis {
  const t = tokenize(text);
  const language = opts.language ?? detectLanguage(t.words, text);
  const sentiment = classifyTokens(t, language);
  const intents = detectIntentsInTokens(t, language, opts);
  const risk = assessRisk(t, sentiment, intents);
  const cues = suggestCues({
    text,
    language,
    sentiment,
    intents,
    distress: risk.distress,
    escalationRisk: risk.escalationRisk,
    crisis: risk.crisis,
  });
  return {
    language,
    label: sentiment.label,
    score: sentiment.score,
    distress: risk.distress,
    escalationRisk: risk.escalationRisk,
    crisis: risk.crisis,
    intents,
    cues,
    evidence: {
      sentiment: sentiment.evidence,
      distress: risk.distressEvidence,
      escalation: risk.escalationEvidence,
    },
  };
}
