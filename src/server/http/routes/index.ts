import type { RouteGroup } from '../app.js';
import { outreachRoutes } from './outreach.js';

/** Route groups of modules beyond the foundation; each issue adds its own here. */
export const extraRouteGroups: RouteGroup[] = [outreachRoutes];
