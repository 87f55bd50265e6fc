export { ROLES, PERMISSIONS, can, type Role, type Permission } from './roles.js';
export { signIn, signOut, resolveSession, SESSION_TTL_MS, type StaffSession, type SignInResult } from './sessions.js';
export { createTenant, type CreateTenantOptions } from './create-tenant.js';
export { tenants, users, sessions, type TenantKind } from './schema.js';
export { addUser, hasAnyUser, INVITE_TTL_MS, type AddUserOptions, type AddUserResult } from './add-user.js';
export { acceptInvite } from './accept-invite.js';
export { passwordWeakness, MIN_PASSWORD_LENGTH } from './password-policy.js';
export { userInvites } from './invite-schema.js';
