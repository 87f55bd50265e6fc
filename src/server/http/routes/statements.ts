import { z } from 'zod';
import { buildStatement, renderStatementHtml, renderStatementPdf } from '../../../modules/ledger/index.js';
import type { ZodApp } from '../app.js';
import { Statement } from '../contracts/statements.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

export function statementRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/api/v1/persons/:personId/statement',
    {
      schema: {
        tags: ['statements'],
        summary: "A guarantor's plain-language statement: JSON, HTML (portal) or PDF (mail)",
        params: z.object({ personId: z.string() }),
        querystring: z.object({ language: z.enum(['en', 'es']).optional(), format: z.enum(['json', 'html', 'pdf']).default('json') }),
        // The statement is JSON by default; the same data comes as the portal's HTML or the mailed PDF.
        response: { 200: { content: { 'application/json': { schema: Statement }, 'text/html': { schema: z.string() }, 'application/pdf': { schema: z.instanceof(Buffer) } } } },
      },
    },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'statements.read');
      noStore(reply);
      const statement = await deps.database.db.transaction((tx) =>
        buildStatement(tx, ctx, req.params.personId, { language: req.query.language, portalUrl: `${deps.publicUrl}/portal` }),
      );
      if (req.query.format === 'pdf') {
        return reply.type('application/pdf').header('content-disposition', `inline; filename="statement-${statement.statementDate}.pdf"`).send(await renderStatementPdf(statement));
      }
      if (req.query.format === 'html') {
        const html = `<!doctype html><html lang="${statement.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${statement.tenantName}</title>
<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem;line-height:1.5;font-size:18px}.statement-grid{display:grid;grid-template-columns:1fr;gap:1.5rem}@media(min-width:800px){.statement-grid{grid-template-columns:3fr 2fr}}table{border-collapse:collapse;font-size:15px}td,th{border:1px solid #ccc;padding:4px 6px;text-align:right}th[scope=row],td:first-child{text-align:left}.amount-due{font-size:1.4em}</style></head><body>${renderStatementHtml(statement, { verified: true })}</body></html>`;
        return reply.type('text/html').send(html);
      }
      return statement;
    },
  );
}
