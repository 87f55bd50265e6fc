// The pure part of outreach, a second entry point beside index.ts that loads no database, channel
// or PDF code: a decision for one account (journey evaluation, personalization, rendering and the
// compliance questions) and the journeys' configuration. The strategy simulator's worker threads
// import this, so each loads a fraction of the modules index.ts pulls in.
export type { AccountSnapshot, ContactQuestionInput, PlanView, PlanInstallmentView, JourneyStateView, StepAttempts } from './snapshot.js';
export { CHANNELS, TONES, LANGUAGES, PHASES, JourneyDefinition, JourneyStep, TemplateCatalogFile } from './journeys/journey.schema.js';
export type { OutreachChannel, Tone, Language, Phase } from './journeys/journey.schema.js';
export { loadOutreachConfig, validateOutreachConfig, journeyKey, JOURNEYS_DIR, TEMPLATES_DIR, type OutreachConfig, type ConfigFile } from './journeys/load-outreach-config.js';
export { evaluateAccount, accountPhase, stepKeyOf, type JourneyDecision, type AccountEvaluation } from './evaluate-journey.js';
export { personalize, nextSlot, preferredHour, type Personalization } from './personalize.js';
export { complianceEvaluator, contactQuestion, contentQuestion, escalationQuestion } from './compliance-questions.js';
export type { ComplianceEvaluator, ComplianceDecision, ComplianceQuestion } from './compliance-questions.js';
export { decideAccount, decideAccountNow, type AccountOutcome } from './decide-account.js';
export { localDate, windowInAllZones, atLocal, addDays } from './local-time.js';
