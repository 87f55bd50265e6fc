export { ROLES, PERMISSIONS, can, permissionsFor, type Role, type Permission } from './roles.js';
export { signIn, signOut, resolveSession, SESSION_TTL_MS, type StaffSession, type SignInResult } from './sessions.js';
export { signInThrottleKey, DEFAULT_SESSION_POLICY, type SignInOutcome, type SignInOptions, type SessionPolicy } from './sessions.js';
export { checkSignIn, recordSignInFailure, DEFAULT_SIGN_IN_THROTTLE, NO_SIGN_IN_FAILURES, type SignInThrottlePolicy, type SignInThrottleState, type SignInGate } from './sign-in-throttle.js';
export { createTenant, type CreateTenantOptions } from './create-tenant.js';
export { tenants, users, sessions, type TenantKind } from './schema.js';
export { signInThrottles } from './schema.js';
export { listSecurityReviews, type SecurityReview } from './list-security-reviews.js';
export { addUser, hasAnyUser, INVITE_TTL_MS, type AddUserOptions, type AddUserResult } from './add-user.js';
export { acceptInvite } from './accept-invite.js';
export { passwordWeakness, MIN_PASSWORD_LENGTH } from './password-policy.js';
export { userInvites } from './invite-schema.js';
export { sendLockoutNotice, type StaffMailer, type Lockout } from './lockout-notice.js';
export { IDENTITY_ENCRYPTED_TABLES } from './schema.js';
export { startTotpEnrolment, confirmTotpEnrolment, disableTotp, type TotpEnrolment } from './two-factor.js';
export { listUsers, changeUserRoles, setUserActive, listSessions, revokeSession, changePassword, resetPasswordLink, type UserAdminContext, type UserSummary, type SessionSummary } from './manage-users.js';
export { queryAuditLog, recordAuditView, auditLogCsv, auditRetentionYears, setAuditRetentionYears, pruneAuditLog, DEFAULT_AUDIT_RETENTION_YEARS, AUDIT_VIEW_RECORD, type AuditFilters, type AuditRow, type AuditPage } from './audit-trail.js';
export { openSession } from './sessions.js';
export {
  getSignOnSettings, saveSignOnSettings, removeSignOnSettings, findSignOnOffer, startSignOn, finishSignOn, signOnProblems, SIGN_ON_ATTEMPT_MS,
  type SignOnSettings, type SaveSignOnInput, type SignOnRefusal, type SignOnOutcome, type PendingSignOn,
} from './single-sign-on.js';
export { tenantSignOn } from './schema.js';
