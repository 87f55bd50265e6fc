// What the CLI needs of simulation before it opens a database (a second entry beside index.ts).
export { DEMO_TENANT_SLUG } from './demo-tenant.js';
