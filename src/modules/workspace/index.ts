export { conversations, conversationUtterances, type AppliedEffect } from './schema.js';
export { startConversation, addUtterance, listUtterances, getConversation, personSentimentTrend, type StartConversationOptions } from './conversations.js';
export { checkContact, type ContactChannel } from './contact-check.js';
/** Utterances are stored encrypted; Drizzle reads of conversationUtterances decrypt them. */
export const WORKSPACE_ENCRYPTED_TABLES: import('../../platform/crypto/index.js').EncryptedTable[] = [
  { table: 'conversation_utterances', key: 'id', keyType: 'bigint', text: ['text'] },
];
