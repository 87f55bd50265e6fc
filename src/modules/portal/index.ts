// Patient portal: what a patient does behind a secure link (verify, see the bill, pay, choose a
// plan, apply for assistance), composed from payments, plans, assistance and ledger. Every read
// and write runs as the patient (actor kind 'patient', purpose 'patient_self_service').
export { openPortal } from './open-portal.js';
export type { PortalAccess, OpenPortalOptions } from './open-portal.js';
export { getPortalSummary } from './get-portal-summary.js';
export type { PortalSummary } from './get-portal-summary.js';
export { payPortalBalance, maskEmail } from './pay-portal-balance.js';
export type { PayPortalBalanceOptions, PortalPaymentResult } from './pay-portal-balance.js';
export { sendPaymentReceipt, sendPortalEmail, portalEmailChannel, confirmationNumber } from './send-payment-receipt.js';
export type { SendEmailOptions } from './send-payment-receipt.js';
export { sendAssistanceNotice } from './send-assistance-notice.js';
export { portalMessage, declineMessage } from './messages.js';
export type { PortalLanguage, PortalMessageKey } from './messages.js';
