export { conversations, conversationUtterances, type AppliedEffect } from './schema.js';
export { startConversation, addUtterance, listUtterances, getConversation, personSentimentTrend, type StartConversationOptions } from './conversations.js';
export { checkContact, type ContactChannel } from './contact-check.js';
