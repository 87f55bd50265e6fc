import { z } from 'zod';
import { PRESUMPTIVE_KINDS } from '../../../modules/assistance/index.js';
import { previewFapPolicy, previewPaymentPolicy } from '../../../modules/policies/index.js';
import type { ZodApp } from '../app.js';
import { PolicyPreview } from '../contracts/policy-preview.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

const cents = z.number().int().min(0).max(100_000_000);

const PreviewRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fap_policy'),
    body: z.unknown(),
    /** Households to try; absent: the usual sample (one in each band, one on Medicaid). */
    households: z
      .array(z.object({ size: z.number().int().min(1).max(20), fplPercent: z.number().min(0).max(2000), state: z.string().regex(/^[A-Za-z]{2}$/).optional(), presumptive: z.enum(PRESUMPTIVE_KINDS).optional() }))
      .min(1)
      .max(20)
      .optional(),
  }),
  z.object({
    kind: z.literal('payment_policy'),
    body: z.unknown(),
    /** Balances to quote; absent: the usual sample ($75 to $15,000, one with a stated income). */
    samples: z.array(z.object({ balanceCents: cents.min(1), monthlyIncomeCents: cents.optional() })).min(1).max(20).optional(),
  }),
]);

/** Before publishing a policy: what the draft changes for sample households or balances, beside the version in use. */
export function policyPreviewRoutes(app: ZodApp, deps: AppDeps): void {
  const db = deps.database.db;
  app.post(
    '/api/v1/config/policies/preview',
    {
      schema: {
        tags: ['configuration'],
        summary: 'What a draft FAP or payment policy changes: sample households screened, or sample balances quoted, under the version in use and under the draft',
        body: PreviewRequest,
        response: { 200: PolicyPreview },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'config.read', 'operations');
      noStore(reply);
      const now = deps.clock.now();
      if (req.body.kind === 'fap_policy') return { kind: 'fap_policy' as const, ...(await previewFapPolicy(db, ctx.tenantId, req.body.body, now, req.body.households)) };
      return { kind: 'payment_policy' as const, ...(await previewPaymentPolicy(db, ctx.tenantId, req.body.body, now, req.body.samples)) };
    },
  );
}
