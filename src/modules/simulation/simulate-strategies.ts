import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../platform/errors/index.js';
import type { Kpis } from '../analytics/index.js';
import { METRICS, runStrategy, type Metric, type StrategyRun } from './run-strategy.js';
import { loadSimulationConfig, type SimulationConfig } from './simulation-config.js';
import { buildPopulation } from './synthetic-population.js';

export const MODEL_LABEL = 'a model, not a forecast';
export const DEFAULT_STRATEGIES = ['gentle-early', 'standard', 'aggressive-late'];

export interface SimulateOptions {
  accounts: number;
  days: number;
  strategies: string[];
  seed: number;
  config?: SimulationConfig;
  /** Overrides the model's number of replications. */
  replications?: number;
  /** Lets a caller on a shared event loop yield now and then (see runStrategy). */
  pause?: () => Promise<void>;
  /** Called after each strategy (progress for a long run; single thread only). */
  onStrategyDone?: (name: string, done: number, total: number) => void;
  /**
   * Worker threads to spread the replications over (default 1: this thread). The figures do not
   * depend on it: each replication is computed whole by one thread and the parts are added up.
   */
  threads?: number;
  /** Run even a single thread's work in a worker thread, off the caller's event loop (the API). */
  offThread?: boolean;
}

/** One thread's share of a run: every strategy over the accounts of some replications. */
export interface RunPartsJob {
  accounts: number;
  days: number;
  seed: number;
  strategies: string[];
  replications: number;
  onlyReplications?: number[];
}

/** Runs every strategy of a job over its replications (in this thread). */
export async function runStrategyParts(job: RunPartsJob, opts: { config?: SimulationConfig; pause?: () => Promise<void>; onStrategyDone?: SimulateOptions['onStrategyDone'] } = {}): Promise<StrategyRun[]> {
  const config = opts.config ?? loadSimulationConfig();
  const only = job.onlyReplications ? new Set(job.onlyReplications) : null;
  const population = buildPopulation(config.model, job.accounts, job.seed, only ? (i) => only.has(i % job.replications) : undefined);
  const runs: StrategyRun[] = [];
  for (const [k, name] of job.strategies.entries()) {
    const s = config.strategies.get(name)!;
    runs.push(await runStrategy({ population, model: config.model, strategy: s.definition, outreach: s.outreach, days: job.days, seed: job.seed, replications: job.replications, pause: opts.pause, onlyReplications: job.onlyReplications }));
    opts.onStrategyDone?.(name, k + 1, job.strategies.length);
  }
  return runs;
}

/**
 * Every decision allocates short-lived snapshots, questions and rendered text; a 48 MB young
 * generation (16 MB semi-spaces) keeps the scavenges cheap: 96 MB cost 85 MB more resident memory
 * for two workers and no measurable CPU (47.0 CPU s either way for 20,000 accounts).
 */
const WORKER_YOUNG_GENERATION_MB = 48;
/** What a worker holds besides its accounts: code, configuration, the bounded memos. */
const WORKER_BASE_OLD_GENERATION_MB = 96;
/**
 * Old-generation room per simulated account: about one and a half times what an account keeps
 * alive at its busiest (journey state, five weeks of contacts, plan, events, its share of the
 * population: about 3-4 KB measured, with instants shared and finished accounts let go).
 */
const WORKER_KB_PER_ACCOUNT = 5;

/**
 * The old generation a worker may grow to. Journey states, contacts and memo entries live for
 * days of simulated time, so they are promoted and die in the old generation; without a limit V8
 * let each worker's heap grow to several times what was alive (a 100,000-account run passed 2 GB
 * resident). With room for one and a half to two times the live data, full collections come
 * more often but cost little, and the run's memory stays proportional to its accounts.
 */
export function workerOldGenerationMb(job: RunPartsJob): number {
  const share = job.onlyReplications ? job.onlyReplications.length / job.replications : 1;
  return Math.ceil(WORKER_BASE_OLD_GENERATION_MB + (job.accounts * share * WORKER_KB_PER_ACCOUNT) / 1024);
}

/**
 * A worker thread running the simulation. From the compiled build in dist/ it imports the
 * JavaScript entry directly; from the TypeScript sources tsx's loader is registered first (only
 * then: registering it costs a worker about 1.7 CPU seconds and 70 MB, a loader thread of its own).
 */
function runInWorker(job: RunPartsJob): Promise<StrategyRun[]> {
  const fromSources = import.meta.url.endsWith('.ts');
  // The package's ESM build of tsx/esm/api (its CommonJS build cannot register from an eval'd worker).
  const tsxApi = fromSources ? pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href : null;
  const entry = new URL(`./simulation-worker${fromSources ? '.ts' : '.js'}`, import.meta.url).href;
  const bootstrap = `const { workerData } = require('node:worker_threads'); (workerData.tsxApi ? import(workerData.tsxApi).then((m) => m.register()) : Promise.resolve()).then(() => import(workerData.entry));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { tsxApi, entry, job }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerOldGenerationMb(job) } });
    worker.once('message', (runs: StrategyRun[]) => resolve(runs));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`simulation worker exited with code ${code}`));
    });
  });
}

function mergeRuns(parts: StrategyRun[][]): StrategyRun[] {
  const [first, ...rest] = parts;
  return first!.map((run, k) => {
    const tallies = Float64Array.from(run.tallies);
    const days = Float64Array.from(run.daysToResolution);
    const reasons = { ...run.blockedByReason };
    for (const part of rest) {
      const other = part[k]!;
      other.tallies.forEach((v, j) => (tallies[j]! += v));
      other.daysToResolution.forEach((v, j) => {
        if (v > days[j]!) days[j] = v;
      });
      for (const [r, c] of Object.entries(other.blockedByReason)) reasons[r] = (reasons[r] ?? 0) + c;
    }
    return { ...run, tallies, daysToResolution: days, blockedByReason: reasons };
  });
}

/** The model produces every KPI field of ../shared/contracts/analytics.md, with the dashboard's shape. */
export type SimulatedKpis = Kpis;

export interface SimulatedCost {
  messages: { email: number; sms: number; letter: number; call: number };
  agentMinutes: number;
  totalCents: number;
}

export interface StrategyResult {
  name: string;
  label: string;
  description: string;
  kpis: SimulatedKpis;
  /** 95% intervals over replications, keyed by KPI field (`contacts.sms`, `cost.totalCents` for nested ones). */
  intervals: Record<string, [number, number]>;
  cost: SimulatedCost;
  compliance: { blockedAttempts: number; blockedContacts: number; blockedByReason: Record<string, number>; sendsOutsideAllowedHours: number };
}

export interface SimulationOutput {
  model: string;
  seed: number;
  accounts: number;
  days: number;
  startOn: string;
  replications: number;
  strategies: StrategyResult[];
  notes: string[];
}

/** Two-sided 95% Student t quantiles by degrees of freedom (1..30); 1.96 beyond. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
function t975(df: number): number {
  return T975[df - 1] ?? 1.96;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Row = (m: Metric) => number;

/** Every figure of the output from one set of counters (the whole population or one replication). */
function figures(get: Row, days: number[], config: SimulationConfig): { kpis: SimulatedKpis; cost: SimulatedCost } {
  const contacts = { email: get('email'), sms: get('sms'), letter: get('letter'), call: get('call') };
  const sent = contacts.email + contacts.sms + contacts.letter + contacts.call;
  const unit = config.model.cost.unitCostCents;
  const agentMinutes = get('agentMinutes');
  const totalCents = Math.round(contacts.email * unit.email + contacts.sms * unit.sms + contacts.letter * unit.letter + contacts.call * unit.call + agentMinutes * config.model.cost.agentMinuteCents);
  const kpis: SimulatedKpis = {
    cohortAccounts: get('cohortAccounts'),
    placedCents: get('placedCents'),
    collectedCents: get('collectedCents'),
    recoveryRate: ratio(get('collectedCents'), get('placedCents')),
    assistanceAdjustedCents: get('assistanceAdjustedCents'),
    resolvedAccounts: get('resolvedAccounts'),
    medianDaysToResolution: median(days),
    contacts,
    blockedContacts: get('blockedContacts'),
    optOuts: get('optOuts'),
    optOutRate: ratio(get('optOuts'), sent),
    plansStarted: get('plansStarted'),
    plansCompleted: get('plansCompleted'),
    plansDefaulted: get('plansDefaulted'),
    planCompletionRate: ratio(get('plansCompleted'), get('plansCompleted') + get('plansDefaulted')),
    assistanceApplications: get('assistanceApplications'),
    assistanceApproved: get('assistanceApproved'),
    assistanceUptakeRate: ratio(get('assistanceApplications'), get('cohortAccounts')),
    csatResponses: get('csatResponses'),
    csatAverage: ratio(get('csatSum'), get('csatResponses')),
    csatTopTwoBox: ratio(get('csatTopTwo'), get('csatResponses')),
    firstContactResolutionRate: ratio(get('resolvingConversations'), get('conversations')),
    complaints: get('complaints'),
    churnRate: ratio(get('churned'), get('cohortAccounts')),
  };
  return { kpis, cost: { messages: contacts, agentMinutes: round(agentMinutes, 1), totalCents } };
}

/** Flattens numeric figures to `field` / `contacts.sms` / `cost.totalCents` keys. */
function flatten(kpis: SimulatedKpis, cost: SimulatedCost): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [k, v] of Object.entries(kpis)) {
    if (v && typeof v === 'object') for (const [c, x] of Object.entries(v)) out.set(`${k}.${c}`, x as number);
    else out.set(k, v as number | null);
  }
  out.set('cost.agentMinutes', cost.agentMinutes);
  out.set('cost.totalCents', cost.totalCents);
  return out;
}

const RATE_FIELDS = new Set(['recoveryRate', 'optOutRate', 'planCompletionRate', 'assistanceUptakeRate', 'csatTopTwoBox', 'firstContactResolutionRate', 'churnRate']);
const COUNT_PREFIXES = ['cohortAccounts', 'placedCents', 'collectedCents', 'assistanceAdjustedCents', 'resolvedAccounts', 'contacts.', 'blockedContacts', 'optOuts', 'plansStarted', 'plansCompleted', 'plansDefaulted', 'assistanceApplications', 'assistanceApproved', 'csatResponses', 'complaints', 'cost.'];

function summarize(run: StrategyRun, config: SimulationConfig): Pick<StrategyResult, 'kpis' | 'intervals' | 'cost'> {
  const R = run.replications;
  const width = METRICS.length;
  const idx = new Map(METRICS.map((m, i) => [m, i]));
  const total: Row = (m) => {
    let s = 0;
    for (let r = 0; r < R; r++) s += run.tallies[r * width + idx.get(m)!]!;
    return s;
  };
  const allDays: number[] = [];
  const daysByRep: number[][] = Array.from({ length: R }, () => []);
  run.daysToResolution.forEach((d, i) => {
    if (d >= 0) {
      allDays.push(d);
      daysByRep[i % R]!.push(d);
    }
  });
  const whole = figures(total, allDays, config);
  const flatWhole = flatten(whole.kpis, whole.cost);
  const perRep = Array.from({ length: R }, (_, r) => {
    const f = figures((m) => run.tallies[r * width + idx.get(m)!]!, daysByRep[r]!, config);
    return flatten(f.kpis, f.cost);
  });
  const intervals: Record<string, [number, number]> = {};
  for (const [key, value] of flatWhole) {
    if (value === null) continue;
    // Counts scale with the population: a replication holds 1/R of it.
    const scale = COUNT_PREFIXES.some((p) => key === p || (p.endsWith('.') && key.startsWith(p))) ? R : 1;
    const xs = perRep.map((m) => m.get(key)).filter((x): x is number => typeof x === 'number').map((x) => x * scale);
    if (xs.length < 2) continue;
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    const half = (t975(xs.length - 1) * sd) / Math.sqrt(xs.length);
    let lo = value - half;
    let hi = value + half;
    if (RATE_FIELDS.has(key)) {
      lo = Math.max(0, lo);
      hi = Math.min(1, hi);
    } else lo = Math.max(0, lo);
    const digits = RATE_FIELDS.has(key) || key === 'csatAverage' ? 4 : 1;
    intervals[key] = [round(lo, digits), round(hi, digits)];
  }
  const k = whole.kpis;
  for (const f of RATE_FIELDS) {
    const v = k[f as keyof SimulatedKpis];
    if (typeof v === 'number') (k as unknown as Record<string, number>)[f] = round(v, 4);
  }
  if (k.csatAverage !== null) k.csatAverage = round(k.csatAverage, 2);
  return { kpis: k, intervals, cost: whole.cost };
}

/**
 * `kindly simulate`: plays each named strategy over the same synthetic population and reports
 * the analytics contract's KPIs, the cost, and 95% intervals over replications. Deterministic for
 * a seed: seeded streams and a simulated clock, nothing read from the machine.
 */
export async function simulateStrategies(opts: SimulateOptions): Promise<SimulationOutput> {
  const config = opts.config ?? loadSimulationConfig();
  const names = opts.strategies.length ? opts.strategies : DEFAULT_STRATEGIES;
  for (const name of names) {
    if (!config.strategies.has(name)) {
      throw new AppError('validation_failed', { message: `unknown strategy ${name}; known: ${[...config.strategies.keys()].join(', ')}`, userMessage: `There is no strategy called ${name}.` });
    }
  }
  if (!Number.isInteger(opts.accounts) || opts.accounts < 1) throw new AppError('validation_failed', { message: 'accounts must be a positive whole number' });
  if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > 730) throw new AppError('validation_failed', { message: 'days must be a whole number from 1 to 730' });
  const replications = Math.min(opts.replications ?? config.model.replications, opts.accounts);
  if (replications < 2) throw new AppError('validation_failed', { message: 'at least 2 accounts are needed for intervals' });
  const job: RunPartsJob = { accounts: opts.accounts, days: opts.days, seed: opts.seed, strategies: names, replications };
  const threads = Math.max(1, Math.min(opts.threads ?? 1, replications));
  let runs: StrategyRun[];
  if ((threads === 1 && !opts.offThread) || opts.config) {
    runs = await runStrategyParts(job, { config, pause: opts.pause, onStrategyDone: opts.onStrategyDone });
  } else {
    const shares = Array.from({ length: threads }, (_, t) => Array.from({ length: replications }, (_, r) => r).filter((r) => r % threads === t));
    runs = mergeRuns(await Promise.all(shares.map((only) => runInWorker({ ...job, onlyReplications: only }))));
  }
  const strategies: StrategyResult[] = runs.map((run) => {
    const s = config.strategies.get(run.name)!;
    const summary = summarize(run, config);
    const reasons = Object.fromEntries(Object.entries(run.blockedByReason).sort(([a], [b]) => a.localeCompare(b)));
    let blockedAttempts = 0;
    let outside = 0;
    for (let r = 0; r < replications; r++) {
      blockedAttempts += run.tallies[r * METRICS.length + METRICS.indexOf('blockedAttempts')]!;
      outside += run.tallies[r * METRICS.length + METRICS.indexOf('sendsOutsideAllowedHours')]!;
    }
    return {
      name: run.name,
      label: s.definition.label,
      description: s.definition.description,
      ...summary,
      compliance: { blockedAttempts, blockedContacts: summary.kpis.blockedContacts, blockedByReason: reasons, sendsOutsideAllowedHours: outside },
    };
  });
  return {
    model: `${config.model.model} (${MODEL_LABEL})`,
    seed: opts.seed,
    accounts: opts.accounts,
    days: opts.days,
    startOn: config.model.startOn,
    replications,
    strategies,
    notes: [
      'Every figure comes from a behavioural model with assumed parameters (docs/simulation.md): a model, not a forecast.',
      `Intervals are 95% Student t intervals over ${replications} replications (independent slices of the population with their own random streams).`,
      'churnRate is the modelled share of patients who would not return for care within a year.',
    ],
  };
}
