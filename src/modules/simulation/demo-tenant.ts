/** The demo tenant's slug (`kindly seed --demo`). */
export const DEMO_TENANT_SLUG = 'riverbend';
