import { z } from 'zod';
import { Kpis } from './analytics.js';

const Int = z.number().int();
const Channels = z.object({ email: Int, sms: Int, letter: Int, call: Int });

export const StrategyList = z.object({ items: z.array(z.object({ name: z.string(), label: z.string(), description: z.string() })), defaults: z.array(z.string()), maxAccounts: Int });
export type StrategyList = z.infer<typeof StrategyList>;

/** One strategy's simulated outcome: the KPIs, their 95% intervals, what it cost and what compliance stopped. */
export const StrategyResult = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string(),
  kpis: Kpis,
  intervals: z.record(z.string(), z.tuple([z.number(), z.number()])),
  cost: z.object({ messages: Channels, agentMinutes: z.number(), totalCents: Int }),
  compliance: z.object({ blockedAttempts: Int, blockedContacts: Int, blockedByReason: z.record(z.string(), Int), sendsOutsideAllowedHours: Int }),
});
export type StrategyResult = z.infer<typeof StrategyResult>;

/** A simulator run's output (a model, not a forecast). */
export const SimulationOutput = z.object({
  model: z.string(),
  seed: Int,
  accounts: Int,
  days: Int,
  startOn: z.string(),
  replications: Int,
  strategies: z.array(StrategyResult),
  notes: z.array(z.string()),
});
export type SimulationOutput = z.infer<typeof SimulationOutput>;

export const SimulationStarted = z.object({ id: z.string(), status: z.enum(['running', 'done', 'failed']) });

/** A simulation: running, done with its result, or failed. */
export const SimulationJob = SimulationStarted.extend({
  request: z.object({ strategies: z.array(z.string()), accounts: Int, days: Int, seed: Int }),
  result: SimulationOutput.nullable(),
  error: z.string().nullable(),
});
export type SimulationJob = z.infer<typeof SimulationJob>;
