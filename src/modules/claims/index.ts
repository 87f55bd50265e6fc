// Billing office and front desk: claims from the X12 feed followed to payment, denials worked by
// reason with appeal deadlines, claim status and eligibility through a clearinghouse.
export { patientCoverages, eligibilityChecks, claimStatusChecks, claimAppeals, payerAppealWindows, frontDeskVisits } from './schema.js';
export { describeCarc, describeRarc, isRoutine, REASON_CODE_SOURCE, type ReasonDescription, type ReasonCategory } from './reason-codes.js';
export { classifyRemittance, describeGroup, type DenialReason, type RemittanceClassification } from './classify-remittance.js';
export { listDenials, denialTaskId, type DenialItem, type DenialGroup } from './list-denials.js';
export { openAppeal, closeAppeal, type OpenAppealOptions } from './open-appeal.js';
export { assignClaimTask, followupTaskId, type AssignClaimTaskOptions } from './assign-claim-task.js';
export { openClaimWorkTasks } from './open-claim-work-tasks.js';
export { listClaimFollowups, DEFAULT_FOLLOWUP_DAYS, type FollowupItem } from './list-claim-followups.js';
export { checkClaimStatus } from './check-claim-status.js';
export { DEFAULT_APPEAL_DAYS, readAppealWindows, setAppealWindow } from './appeal-windows.js';
export { SandboxClearinghouse, HttpClearinghouse, clearinghouseFor, type Clearinghouse, type ClearinghouseSettings, type FetchLike } from './clearinghouse/clearinghouse.js';
export { build270, parse271, read270, VERSION_270, type EligibilityInquiry, type EligibilityResult } from './clearinghouse/eligibility-x12.js';
export { build276, parse277, read276, STATUS_CATEGORIES, VERSION_276, type ClaimStatusInquiry, type ClaimStatusResult } from './clearinghouse/claim-status-x12.js';
