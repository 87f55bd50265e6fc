export { conversations, conversationUtterances, intentReviews, intentLabels, type AppliedEffect } from './schema.js';
export { startConversation, addUtterance, listUtterances, getConversation, listConversations, personSentimentTrend, type StartConversationOptions } from './conversations.js';
export { decideIntentReview, listIntentReviews, type IntentReviewView, type DecideIntentReviewOptions } from './intent-reviews.js';
export { checkContact, type ContactChannel } from './contact-check.js';
