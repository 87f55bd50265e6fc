export { conversations, conversationUtterances, intentReviews, intentLabels, type AppliedEffect } from './schema.js';
export { startConversation, addUtterance, listUtterances, getConversation, listConversations, listConversationReviews, personSentimentTrend, type StartConversationOptions } from './conversations.js';
export { decideIntentReview, listIntentReviews, type IntentReviewView, type DecideIntentReviewOptions } from './intent-reviews.js';
export { proposeReplyIntents, type ProposeReplyIntentsOptions } from './propose-reply-intents.js';
export { exportIntentLabels, type ExportedIntentLabel } from './export-intent-labels.js';
export { checkContact, type ContactChannel } from './contact-check.js';
export { checkContacts } from './contact-check.js';
export { listWorklist, WORKLIST_AGING, type ListWorklistOptions, type WorklistItem, type WorklistAging } from './list-worklist.js';
export { listTasks, TASKS_FINISHED_ELSEWHERE, type ListTasksOptions, type TaskView } from './list-tasks.js';
export { updateTask, type TaskAction } from './update-task.js';
export { foldName } from './search-accounts.js';
export { getAccount } from './get-account.js';
/** Utterances are stored encrypted; Drizzle reads of conversationUtterances decrypt them. */
export const WORKSPACE_ENCRYPTED_TABLES: import('../../platform/crypto/index.js').EncryptedTable[] = [
  { table: 'conversation_utterances', key: 'id', keyType: 'bigint', text: ['text'] },
  // Agents' notes on outcomes are free text about the patient, encrypted like message bodies.
  { table: 'account_outcomes', key: 'id', text: ['note'] },
];
export { accountOutcomes } from './schema.js';
export { getAccount360, type Account360 } from './get-account-360.js';
export { DEFAULT_DISPOSITIONS, DispositionInput, listDispositions, listDispositionsVersioned, checkDispositions, saveDispositions, type Disposition } from './dispositions.js';
export { recordOutcome, settlePromises, type RecordOutcomeOptions, type RecordedOutcome } from './record-outcome.js';
/** First-contact resolution and handle time per agent and team (the analytics dashboard reads this too). */
export { firstContactResolution, FCR_WINDOW_DAYS, type FcrReport, type FcrFigures } from './first-contact-resolution.js';
export { listTeams, saveTeam, deleteTeam, listTeamCandidates, type TeamView } from './teams.js';
export { listSavedViews, saveView, deleteView, SavedViewFilters, type SavedView } from './saved-views.js';
