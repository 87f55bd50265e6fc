// Patient portal: what a patient does behind a secure link (verify, see the bill, pay, choose a
// plan, apply for assistance), composed from payments, plans, assistance and ledger. Every read
// and write runs as the patient (actor kind 'patient', purpose 'patient_self_service').
export { openPortal } from './open-portal.js';
export type { PortalAccess, OpenPortalOptions } from './open-portal.js';
export { getPortalSummary } from './get-portal-summary.js';
export type { PortalSummary } from './get-portal-summary.js';
export { payPortalBalance, maskEmail } from './pay-portal-balance.js';
export type { PayPortalBalanceOptions, PortalPaymentResult } from './pay-portal-balance.js';
export { sendPaymentReceipt, sendPortalEmail, portalEmailChannel, usePortalSmtp, confirmationNumber } from './send-payment-receipt.js';
export type { SendEmailOptions } from './send-payment-receipt.js';
export { sendAssistanceNotice } from './send-assistance-notice.js';
export { portalMessage, declineMessage } from './messages.js';
export type { PortalLanguage, PortalMessageKey } from './messages.js';
export { openShortLink, type ShortLinkView } from './open-short-link.js';
export { getSurvey, recordSurveyResponse, listAccountCsat, summarizeCsat, LOW_CSAT_SCORE, type CsatResponseView, type RecordSurveyResponseOptions } from './record-survey-response.js';
export { requestPortalReview, PORTAL_REVIEW_KINDS, type PortalReviewKind } from './request-portal-review.js';
export {
  getPortalPreferences,
  updatePortalPreferences,
  stopPortalChannel,
  PREFERRED_CHANNELS,
  STOPPABLE_CHANNELS,
  TIMES_OF_DAY,
  type PortalPreferences,
  type TimeOfDay,
} from './update-portal-preferences.js';
