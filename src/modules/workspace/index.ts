export { conversations, conversationUtterances, intentReviews, intentLabels, type AppliedEffect } from './schema.js';
export { startConversation, addUtterance, listUtterances, getConversation, listConversations, personSentimentTrend, type StartConversationOptions } from './conversations.js';
export { decideIntentReview, listIntentReviews, type IntentReviewView, type DecideIntentReviewOptions } from './intent-reviews.js';
export { checkContact, type ContactChannel } from './contact-check.js';
/** Utterances are stored encrypted; Drizzle reads of conversationUtterances decrypt them. */
export const WORKSPACE_ENCRYPTED_TABLES: import('../../platform/crypto/index.js').EncryptedTable[] = [
  { table: 'conversation_utterances', key: 'id', keyType: 'bigint', text: ['text'] },
];
