import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../platform/errors/index.js';
import { DEFAULT_STRATEGIES, loadSimulationConfig, simulateStrategies, type SimulationOutput } from '../../../modules/simulation/index.js';
import type { ZodApp } from '../app.js';
import { SimulationJob, SimulationStarted, StrategyList } from '../contracts/simulations.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';

/** A request never asks for more than this: the run stays short and lives in a worker thread. */
export const MAX_API_ACCOUNTS = 3000;
const MAX_KEPT = 20;

const SimulationRequest = z.object({
  strategies: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).max(5),
  accounts: z.number().int().min(50).max(MAX_API_ACCOUNTS).default(1000),
  days: z.number().int().min(30).max(180).default(180),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
});

interface Job {
  id: string;
  tenantId: string;
  status: 'running' | 'done' | 'failed';
  request: z.infer<typeof SimulationRequest>;
  result: SimulationOutput | null;
  error: string | null;
}

/**
 * The strategy simulator behind the analytics pages: a bounded run in a worker thread, polled
 * by id. Runs are kept in memory (a model's output, not a record): the last few per process.
 */
export function simulationRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['simulation'];
  const jobs = new Map<string, Job>();

  app.get(
    '/api/v1/simulations/strategies',
    { schema: { tags, summary: 'The strategies the simulator can compare (config/simulation/strategies)', response: { 200: StrategyList } } },
    async (req, reply) => {
      await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      const items = [...loadSimulationConfig().strategies.values()].map((s) => ({ name: s.definition.name, label: s.definition.label, description: s.definition.description }));
      return { items, defaults: DEFAULT_STRATEGIES, maxAccounts: MAX_API_ACCOUNTS };
    },
  );

  app.post(
    '/api/v1/simulations',
    { schema: { tags, summary: 'Start a simulation of named strategies on a synthetic population (a model, not a forecast); poll GET /api/v1/simulations/{id}', body: SimulationRequest, response: { 202: SimulationStarted } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      const known = loadSimulationConfig().strategies;
      const unknown = req.body.strategies.filter((s) => !known.has(s));
      if (unknown.length) {
        throw new AppError('validation_failed', { message: `unknown strategy ${unknown.join(', ')}`, userMessage: 'Choose strategies from the list.', issues: [{ path: 'strategies', message: `unknown: ${unknown.join(', ')}` }] });
      }
      const job: Job = { id: randomUUID(), tenantId: ctx.tenantId, status: 'running', request: req.body, result: null, error: null };
      jobs.set(job.id, job);
      while (jobs.size > MAX_KEPT) jobs.delete(jobs.keys().next().value!);
      simulateStrategies({ ...req.body, strategies: [...new Set(req.body.strategies)], threads: 1, offThread: true }).then(
        (result) => Object.assign(job, { status: 'done', result }),
        (err: unknown) => {
          req.log.error({ err }, 'simulation failed');
          Object.assign(job, { status: 'failed', error: 'The simulation could not finish. Try again with fewer accounts.' });
        },
      );
      reply.code(202);
      return { id: job.id, status: job.status };
    },
  );

  app.get(
    '/api/v1/simulations/:id',
    { schema: { tags, summary: 'A simulation: running, done with its result, or failed', params: z.object({ id: z.string() }), response: { 200: SimulationJob } } },
    async (req, reply) => {
      const ctx = await requirePermission(deps, req, 'analytics.read', 'operations');
      noStore(reply);
      const job = jobs.get(req.params.id);
      if (!job || job.tenantId !== ctx.tenantId) throw new AppError('not_found', { message: 'no such simulation', userMessage: 'That simulation is no longer available. Run it again.' });
      return { id: job.id, status: job.status, request: job.request, result: job.result, error: job.error };
    },
  );
}
