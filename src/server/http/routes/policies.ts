import { shippedFapPolicy } from '../../../modules/assistance/index.js';
import { currentDocuments, POLICY_KINDS } from '../../../modules/configuration/index.js';
import { shippedPaymentPolicy } from '../../../modules/plans/index.js';
import { listDispositionsVersioned } from '../../../modules/workspace/index.js';
import type { ZodApp } from '../app.js';
import { PolicyDocumentList, type PolicyDocument } from '../contracts/configuration.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

/**
 * The FAP policy, payment policy and disposition list as documents; they are checked, published
 * and listed by version through the configuration routes (`/api/v1/config/check`, `/publish`,
 * `/documents/:kind/default/versions`) like templates and journeys.
 */
export function policyRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  app.get(
    '/api/v1/config/policies',
    { schema: { tags: ['configuration'], summary: 'The FAP policy, payment policy and disposition list in use, with their versions', response: { 200: PolicyDocumentList } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      const docs = await currentDocuments(db, ctx.tenantId);
      const items: PolicyDocument[] = [];
      for (const kind of POLICY_KINDS) {
        const d = docs.find((x) => x.kind === kind && x.name === 'default');
        if (d) {
          items.push({ ...d, kind, name: 'default' });
          continue;
        }
        const body =
          kind === 'fap_policy' ? await shippedFapPolicy(db, ctx.tenantId) : kind === 'payment_policy' ? await shippedPaymentPolicy(db, ctx.tenantId) : { dispositions: (await listDispositionsVersioned(db, ctx.tenantId)).items };
        items.push({ kind, name: 'default', version: 0, body, note: null, publishedBy: null, publishedAt: null });
      }
      noStore(reply);
      return { items };
    },
  );
}
