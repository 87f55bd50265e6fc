import { z } from 'zod';
import { listAccounts } from '../../../modules/ledger/index.js';
import { getAccount } from '../../../modules/workspace/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';

export const AccountSummarySchema = z.object({
  id: z.string(),
  externalRef: z.string(),
  personId: z.string(),
  personName: z.string(),
  status: z.string(),
  serviceDate: z.string().nullable(),
  dueOn: z.string().nullable(),
  balanceCents: z.number().int(),
  insurancePendingCents: z.number().int(),
  patientDueCents: z.number().int(),
  aging: z.string(),
});

const Json = z.record(z.string(), z.unknown());

/** Dates to ISO strings, the wire format of every response. */
export function accountRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/accounts',
    {
      schema: {
        tags: ['accounts'],
        summary: "The tenant's accounts (keyset-paginated)",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).optional(),
          after: z.string().optional(),
          status: z.string().optional(),
          search: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(AccountSummarySchema), next: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read');
      noStore(reply);
      return listAccounts(deps.database.db, ctx, req.query);
    },
  );

  app.get(
    '/api/v1/accounts/:accountId',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One account with person, contacts, holds, ledger and messages',
        params: z.object({ accountId: z.string() }),
        response: {
          200: z.object({
            account: Json,
            person: Json.nullable(),
            contactPoints: z.array(Json),
            holds: z.array(Json),
            entries: z.array(Json),
            communications: z.array(Json),
          }),
        },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read');
      noStore(reply);
      return toJson(await getAccount(deps.database.db, ctx, req.params.accountId)) as never;
    },
  );
}
