import type { RouteGroup } from '../app.js';
import { analyticsRoutes } from './analytics.js';
import { assistanceRoutes } from './assistance.js';
import { outreachRoutes } from './outreach.js';
import { paymentRoutes } from './payments.js';
import { planRoutes } from './plans.js';
import { portalRoutes } from './portal.js';

/** Route groups of modules beyond the foundation; each issue adds its own here. */
export const extraRouteGroups: RouteGroup[] = [outreachRoutes, portalRoutes, paymentRoutes, planRoutes, assistanceRoutes, analyticsRoutes];
