/** Staff roles from PRODUCT.md. */
export const ROLES = [
  'access_representative',
  'billing_specialist',
  'collections_coordinator',
  'financial_counselor',
  'admin',
  'compliance_officer',
] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly Role[] = ROLES;

/**
 * What each role may do. Routes name a permission, never a role, so the policy lives in one table.
 * The compliance officer is read-only everywhere but the tenant's compliance rules and hold releases.
 */
export const PERMISSIONS = {
  'accounts.read': ALL,
  'accounts.write': ['billing_specialist', 'admin'],
  'ingestion.run': ['billing_specialist', 'admin'],
  'ledger.verify': ['billing_specialist', 'admin', 'compliance_officer'],
  'statements.read': ['billing_specialist', 'collections_coordinator', 'financial_counselor', 'access_representative', 'admin', 'compliance_officer'],
  'audit.read': ['compliance_officer', 'admin'],
  'compliance.evaluate': ALL,
  'compliance.decisions.read': ['compliance_officer', 'admin', 'collections_coordinator', 'billing_specialist'],
  'plans.manage': ['collections_coordinator', 'financial_counselor', 'admin'],
  'payments.collect': ['access_representative', 'collections_coordinator', 'financial_counselor', 'admin'],
  // Money back out is the billing office's (it fixes errors); taking a copay does not imply refunding one.
  'payments.refund': ['billing_specialist', 'admin'],
  'assistance.decide': ['financial_counselor', 'admin'],
  'conversations.use': ['collections_coordinator', 'financial_counselor', 'access_representative', 'admin'],
  'holds.manage': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin'],
  // Holds and opt-outs proposed from what a patient said, and who decided them: those who decide
  // them, plus the compliance officer who audits them (read-only). The front desk sees only what its
  // own live conversation proposes (minimum necessary).
  'intent_reviews.read': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin', 'compliance_officer'],
  'outreach.manage': ['admin'],
  // The inbox, letter batches and task lists hold every patient's messages and addresses; the front
  // desk collects at check-in and has no part in outreach (minimum necessary).
  'outreach.read': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin', 'compliance_officer'],
  'analytics.read': ['admin', 'compliance_officer', 'billing_specialist', 'collections_coordinator', 'financial_counselor'],
  'users.manage': ['admin'],
  'frontdesk.checkin': ['access_representative', 'admin'],
  'claims.work': ['billing_specialist', 'admin'],
  'claims.read': ['billing_specialist', 'admin', 'compliance_officer'],
  // Disputes: agents record them from a call, billing resolves them, everyone who works accounts sees them.
  'disputes.record': ['access_representative', 'collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin'],
  'disputes.read': ['billing_specialist', 'collections_coordinator', 'financial_counselor', 'access_representative', 'admin', 'compliance_officer'],
  'disputes.resolve': ['billing_specialist', 'admin'],
  // Attorney, bankruptcy, deceased and cease holds end only by a compliance officer's decision, with a reason.
  'holds.release': ['compliance_officer'],
  // The tenant's compliance rules (quiet hours, stricter caps): the compliance officer owns them.
  'compliance.rules.manage': ['compliance_officer', 'admin'],
  // The prioritized call queue and the staff task list: the people who work accounts and tasks.
  'worklist.use': ['collections_coordinator', 'financial_counselor', 'admin'],
  // The whole account on one screen: the people who work accounts, the billing office that fixes
  // them, and the compliance officer who reviews them (read-only: the page offers each role only its
  // own actions). The front desk has its check-in view instead (minimum necessary).
  'accounts.open': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'compliance_officer', 'admin'],
  // Propensity and hardship scores with their reasons, and the assistance screening: for those who
  // work and audit accounts; the front desk collects at check-in and does not need them.
  'scores.read': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin', 'compliance_officer'],
  'tasks.work': ['collections_coordinator', 'financial_counselor', 'billing_specialist', 'admin'],
  // What came of a contact (dispositions, promises, notes), teams, and first-contact resolution.
  'outcomes.record': ['collections_coordinator', 'financial_counselor', 'admin'],
  'teams.manage': ['collections_coordinator', 'admin'],
  'workspace.supervise': ['collections_coordinator', 'admin', 'compliance_officer'],
  'dispositions.manage': ['admin'],
  // Templates and journeys: the admin publishes; the compliance officer reads and previews them.
  'config.manage': ['admin'],
  'config.read': ['admin', 'compliance_officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** Every permission the roles grant, so the web app shows exactly what the API will allow. */
export function permissionsFor(roles: readonly string[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(roles, p));
}
