// Financial assistance: the tenant's FAP as data, screening (presumptive and by % of the HHS
// poverty guidelines), application completeness and decisions, retroactive adjustments/refunds.
export { FapPolicy, FapTier, Household, PresumptiveKind, PresumptiveSignal, PRESUMPTIVE_KINDS } from './fap-policy.schema.js';
export type { FapPolicyInput } from './fap-policy.schema.js';
export { FAP_PRESETS, fapPolicyFromPreset } from './fap-presets.js';
export type { FapPreset, FapPresetName } from './fap-presets.js';
export { complianceFplLookup, regionForState, FPL_YEARS } from './fpl.js';
export type { FplLookup, FplRegion, FplYear } from './fpl.js';
export { screenEligibility } from './screen-eligibility.js';
export type { EligibilityScreening, FapReason, ScreenOptions } from './screen-eligibility.js';
export { FapApplication, DocumentKind, DOCUMENT_KINDS } from './application.schema.js';
export type { ParsedFapApplication } from './application.schema.js';
export { checkApplicationCompleteness, verifiedPresumptiveSignals } from './check-application-completeness.js';
export type { MissingItem, MissingItemCode } from './check-application-completeness.js';
export { decideApplication } from './decide-application.js';
export type { ApplicationDecision, ApplicationDecisionReason, DecideApplicationOptions } from './decide-application.js';
export { computeRetroactiveAdjustment, RetroactiveAdjustmentInput } from './compute-retroactive-adjustment.js';
export type { AccountAdjustment, RetroactiveAdjustment } from './compute-retroactive-adjustment.js';
export { assistanceError, isAssistanceError, ASSISTANCE_ERROR_CODES } from './errors.js';
export type { AssistanceError, AssistanceErrorCode } from './errors.js';

// Persistence and use cases: applications with documents and the assistance_pending
// hold, counselor decisions with retroactive adjustments and automatic refunds, notices and letters.
export { assistanceApplications, assistanceDocuments, assistanceDecisions } from './schema.js';
export type { ApplicationRow, DecisionRow, ApplicationStatus } from './schema.js';
export { loadFapPolicy, loadFapPolicyVersioned, parseFapPolicy, checkFapPolicy, shippedFapPolicy, DEFAULT_FAP_POLICY } from './load-fap-policy.js';
export { submitAssistanceApplication, checkAssistanceApplication, toFapApplication, AssistanceApplicationInput } from './submit-assistance-application.js';
export type { SubmitAssistanceApplicationOptions } from './submit-assistance-application.js';
export { addAssistanceDocument, DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES } from './add-assistance-document.js';
export { clamdScanner, signatureOnlyScanner, useDocumentScanner, documentScanner, type DocumentScanner, type ScanVerdict } from './document-scanner.js';
export type { AddAssistanceDocumentOptions } from './add-assistance-document.js';
export { decideAssistanceApplication, ASSISTANCE_LEDGER_SOURCE } from './decide-assistance-application.js';
export { applyPresumptiveApproval } from './apply-presumptive-approval.js';
export type { ApplyPresumptiveApprovalOptions, PresumptiveApprovalResult } from './apply-presumptive-approval.js';
export type { DecideAssistanceApplicationOptions, AssistanceDecisionResult } from './decide-assistance-application.js';
export { getLatestApplication, latestApplicationJsonSql, latestApplicationFromJson, getApplication, listApplications, getAssistanceDocument, fapApplicationForCompliance } from './read-assistance.js';
export type { ApplicationView } from './read-assistance.js';
export { assistanceLetterText, buildAssistanceLetter, renderAssistanceLetterPdf, assistanceLetterEmail } from './assistance-letter.js';
export type { AssistanceLetter, LetterKind, LetterLanguage } from './assistance-letter.js';
/** Documents (contents and file names) and signature names are stored encrypted; Drizzle reads decrypt them. */
export const ASSISTANCE_ENCRYPTED_TABLES: import('../../platform/crypto/index.js').EncryptedTable[] = [
  { table: 'assistance_documents', key: 'id', text: ['file_name'], bytes: ['content'] },
  { table: 'assistance_applications', key: 'id', text: ['signature_name', 'household'] },
];
