export { ROLES, PERMISSIONS, can, permissionsFor, type Role, type Permission } from './roles.js';
export { signIn, signOut, resolveSession, SESSION_TTL_MS, type StaffSession, type SignInResult } from './sessions.js';
export { signInThrottleKey, DEFAULT_SESSION_POLICY, type SignInOutcome, type SignInOptions, type SessionPolicy } from './sessions.js';
export { checkSignIn, recordSignInFailure, DEFAULT_SIGN_IN_THROTTLE, NO_SIGN_IN_FAILURES, type SignInThrottlePolicy, type SignInThrottleState, type SignInGate } from './sign-in-throttle.js';
export { createTenant, type CreateTenantOptions } from './create-tenant.js';
export { tenants, users, sessions, type TenantKind } from './schema.js';
export { signInThrottles } from './schema.js';
export { listSecurityReviews, type SecurityReview } from './list-security-reviews.js';
