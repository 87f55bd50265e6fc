import { z } from 'zod';
import { listAccounts } from '../../../modules/ledger/index.js';
import { getAccount } from '../../../modules/workspace/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { toJson } from '../json.js';
import { AccountDetail, AccountPage } from '../contracts/accounts.js';

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
        response: { 200: AccountPage },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'by_role');
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
        response: { 200: AccountDetail },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'accounts.read', 'by_role');
      noStore(reply);
      return toJson(await getAccount(deps.database.db, ctx, req.params.accountId));
    },
  );
}
