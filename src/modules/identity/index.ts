export { ROLES, PERMISSIONS, can, type Role, type Permission } from './roles.js';
export { signIn, signOut, resolveSession, SESSION_TTL_MS, type StaffSession, type SignInResult } from './sessions.js';
export { createTenant, type CreateTenantOptions } from './create-tenant.js';
export { tenants, users, sessions, type TenantKind } from './schema.js';
