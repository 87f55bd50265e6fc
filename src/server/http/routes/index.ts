import { accountRoutes } from './accounts.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { healthRoutes } from './health.js';
import { statementRoutes } from './statements.js';
import { ingestionRoutes } from './ingestion.js';
import { conversationRoutes } from './conversations.js';
import { complianceRoutes } from './compliance.js';
import type { RouteGroup } from '../app.js';
import { analyticsRoutes } from './analytics.js';
import { assistanceRoutes } from './assistance.js';
import { claimsRoutes } from './claims.js';
import { frontDeskRoutes } from './frontdesk.js';
import { disputeRoutes } from './disputes.js';
import { inviteRoutes } from './invites.js';
import { outreachRoutes } from './outreach.js';
import { paymentRoutes } from './payments.js';
import { gatewayWebhookRoutes } from './gateway-webhooks.js';
import { planRoutes } from './plans.js';
import { portalAssistanceRoutes } from './portal/assistance.js';
import { portalBillRoutes } from './portal/bill.js';
import { portalPaymentRoutes } from './portal/payments.js';
import { portalPlanRoutes } from './portal/plans.js';
import { portalSessionRoutes } from './portal/session.js';
import { portalLoopRoutes } from './portal-loop.js';
import { scoringRoutes } from './scoring.js';
import { securityRoutes } from './security.js';
import { workspaceRoutes } from './workspace.js';
import { simulationRoutes } from './simulations.js';
import { userRoutes } from './users.js';
import { signOnRoutes } from './sign-on.js';
import { configurationRoutes } from './configuration.js';
import { integrationRoutes } from './integrations.js';
import { policyRoutes } from './policies.js';
import { policyPreviewRoutes } from './policy-preview.js';

/** Route groups of modules beyond the foundation; each capability adds its own here. */
export const extraRouteGroups: RouteGroup[] = [
  outreachRoutes, portalSessionRoutes, portalBillRoutes, portalPaymentRoutes, portalPlanRoutes, portalAssistanceRoutes, portalLoopRoutes, paymentRoutes, planRoutes, assistanceRoutes, frontDeskRoutes, claimsRoutes, securityRoutes, disputeRoutes, inviteRoutes, analyticsRoutes, workspaceRoutes,
  scoringRoutes,
  userRoutes, configurationRoutes, simulationRoutes, signOnRoutes,
  integrationRoutes, policyRoutes, gatewayWebhookRoutes, policyPreviewRoutes,
];

/** Every route group in registration order: the one list the HTTP app is built from. */
export const routeGroups: RouteGroup[] = [
  healthRoutes, authRoutes, accountRoutes, auditRoutes, statementRoutes, ingestionRoutes, conversationRoutes, complianceRoutes,
  ...extraRouteGroups,
];
