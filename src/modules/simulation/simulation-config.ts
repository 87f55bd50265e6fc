import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { repoRoot } from '../../platform/shared-data/index.js';
import { JourneyDefinition, JOURNEYS_DIR, TEMPLATES_DIR, validateOutreachConfig, type ConfigFile, type OutreachConfig } from '../outreach/pure.js';
import { PlanPolicy } from '../plans/pure.js';

export const SIMULATION_DIR = join(repoRoot, 'config', 'simulation');

const share = z.number().min(0).max(1);
const positive = z.number().min(0);
const cents = z.number().int().min(0);
const BALANCE_BANDS = ['under_250', '250_to_1000', '1000_to_5000', 'over_5000'] as const;
const INCOME_BANDS = ['low', 'middle', 'high'] as const;
const byBalance = z.object({ under_250: positive, '250_to_1000': positive, '1000_to_5000': positive, over_5000: positive });
const byIncome = z.object({ low: positive, middle: positive, high: positive });
const byChannel = z.object({ email: positive, sms: positive, letter: positive, call: positive });
const toneEffect = z.object({ pay: positive, plan: positive, assistance: positive, optOut: positive, complain: positive });

export { BALANCE_BANDS, INCOME_BANDS };
export type BalanceBand = (typeof BALANCE_BANDS)[number];
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** The behavioural model's parameters (config/simulation/behaviour.json); docs/simulation.md gives each one's source. */
export const BehaviourModel = z
  .object({
    model: z.string().min(1),
    startOn: z.iso.date(),
    replications: z.number().int().min(2).max(100),
    population: z.object({
      statementSpreadDays: z.number().int().min(1).max(365),
      dueAfterStatementDays: z.number().int().min(0).max(120),
      balanceBands: z
        .array(z.object({ name: z.enum(BALANCE_BANDS), share, minCents: cents, maxCents: cents }))
        .length(4)
        .refine((b) => b.every((x, i) => x.name === BALANCE_BANDS[i] && x.minCents < x.maxCents), 'the four bands in order, each with minCents < maxCents'),
      payerTypes: z.object({ insured: share, self_pay: share }),
      incomeBands: z
        .array(z.object({ name: z.enum(INCOME_BANDS), share, minFplPercent: positive, maxFplPercent: positive }))
        .length(3)
        .refine((b) => b.every((x, i) => x.name === INCOME_BANDS[i] && x.minFplPercent < x.maxFplPercent), 'the three bands in order, each with min < max'),
      languages: z.object({ en: share, es: share }),
      states: z.array(z.object({ state: z.string().regex(/^[A-Z]{2}$/), share })).min(1),
      householdSize: z.array(share).min(1).max(10),
      reach: z.object({ email: share, phone: share, mobileGivenPhone: share, smsConsentGivenMobile: share }),
      preferredChannel: z.object({ email: share, sms: share, letter: share, call: share }),
      disputeShare: share,
      heterogeneitySd: z.number().min(0).max(2),
    }),
    behaviour: z.object({
      engage: byChannel,
      engageByLanguage: z.object({ en: positive, es: positive }),
      engageByHour: z.array(z.object({ fromHour: z.number().int().min(0).max(24), toHour: z.number().int().min(0).max(24), factor: positive })),
      payInFull: byBalance,
      partialPay: z.object({ share, fraction: share }),
      askPlan: byBalance,
      applyAssistance: byIncome,
      reply: share,
      optOut: byChannel,
      complain: share,
      dispute: share,
      payByIncome: byIncome,
      payByPayerType: z.object({ insured: positive, self_pay: positive }),
      planByIncome: byIncome,
      tone: z.object({ warm: toneEffect, informative: toneEffect, urgent_but_kind: toneEffect }),
      offers: z.record(z.string(), z.object({ plan: positive.optional(), assistance: positive.optional(), pay: positive.optional() })),
      debtAge: z.object({ everyDays: z.number().int().min(1), payFactor: share }),
      fatigue: z.object({ halfLifeDays: z.number().min(0.5), engagePenalty: positive, optOutSlope: positive, complainSlope: positive }),
      spontaneousPayPerDay: byBalance,
      payDelayDays: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }),
      plan: z.object({
        budgetShareOfIncome: z.object({ min: share, max: share }),
        essentialShareOfIncome: share,
        installmentOnTime: byIncome,
        cureAfterReminder: share,
        missesToDefault: z.number().int().min(1).max(6),
        startInDays: z.number().int().min(0).max(60),
      }),
      assistance: z.object({ completeApplication: share, decisionDays: z.number().int().min(1).max(120), applyWhenPlanUnaffordable: share }),
      csat: z.object({ surveyResponse: share, base: z.number(), perFatigueUnit: z.number(), perComplaint: z.number(), assistanceApproved: z.number(), perUrgentContact: z.number(), noise: positive }),
      churn: z.object({ base: share, perComplaint: z.number(), perOptOut: z.number(), perUrgentContact: z.number(), assistanceApproved: z.number(), resolved: z.number() }),
    }),
    cost: z.object({
      unitCostCents: z.object({ email: cents, sms: cents, letter: cents, call: cents }),
      agentMinuteCents: cents,
      agentMinutes: z.object({ callConversation: positive, callUnanswered: positive, inboundReply: positive, planSetup: positive, assistanceApplication: positive }),
    }),
  })
  .superRefine((m, ctx) => {
    const sums: Array<[string[], number[]]> = [
      [['population', 'balanceBands'], m.population.balanceBands.map((b) => b.share)],
      [['population', 'incomeBands'], m.population.incomeBands.map((b) => b.share)],
      [['population', 'payerTypes'], Object.values(m.population.payerTypes)],
      [['population', 'languages'], Object.values(m.population.languages)],
      [['population', 'states'], m.population.states.map((s) => s.share)],
      [['population', 'householdSize'], m.population.householdSize],
      [['population', 'preferredChannel'], Object.values(m.population.preferredChannel)],
    ];
    for (const [path, values] of sums) {
      const total = values.reduce((a, b) => a + b, 0);
      if (Math.abs(total - 1) > 1e-6) ctx.addIssue({ code: 'custom', path, message: `shares must add up to 1 (they add up to ${total.toFixed(4)})` });
    }
    if (m.behaviour.payDelayDays.min > m.behaviour.payDelayDays.max) ctx.addIssue({ code: 'custom', path: ['behaviour', 'payDelayDays'], message: 'min is above max' });
  });
export type BehaviourModel = z.infer<typeof BehaviourModel>;

/** A named strategy: the patient-balance journey it runs and the plan policy it quotes under. */
export const StrategyDefinition = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  label: z.string().min(1),
  description: z.string().min(1),
  planPolicy: PlanPolicy,
  journey: JourneyDefinition.refine((j) => j.entry.phase === 'patient_due' && j.anchor === 'due_on', 'a strategy journey is a patient_due journey anchored on due_on'),
});
export type StrategyDefinition = z.infer<typeof StrategyDefinition>;

export interface SimulationConfig {
  model: BehaviourModel;
  strategies: Map<string, { definition: StrategyDefinition; outreach: OutreachConfig }>;
}

function zodIssues(file: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ file, path: i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`)).join(''), message: i.message }));
}

function readJson(file: string, issues: FieldIssue[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    issues.push({ file, path: '', message: `cannot read: ${(err as Error).message}` });
    return undefined;
  }
}

function readDir(dir: string, issues: FieldIssue[]): ConfigFile[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: join(dir, f), json: readJson(join(dir, f), issues) }));
  } catch {
    issues.push({ file: dir, path: '', message: 'folder not found' });
    return [];
  }
}

/**
 * Validates the model and every strategy, each strategy together with the shipped plan and
 * post-resolution journeys and the shipped templates (the outreach validator: every template and
 * channel a step uses must exist), and lists every problem at once.
 */
export function validateSimulationConfig(modelFile: ConfigFile, strategyFiles: ConfigFile[], journeyFiles: ConfigFile[], templateFiles: ConfigFile[]): { config: SimulationConfig | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const model = BehaviourModel.safeParse(modelFile.json);
  if (!model.success) issues.push(...zodIssues(modelFile.file, model.error));
  const strategies: SimulationConfig['strategies'] = new Map();
  // The strategy's journey replaces the shipped patient-balance journeys; plans and thank-yous stay.
  const otherJourneys = journeyFiles.filter((f) => (f.json as { entry?: { phase?: string } } | undefined)?.entry?.phase !== 'patient_due');
  for (const f of strategyFiles) {
    const parsed = StrategyDefinition.safeParse(f.json);
    if (!parsed.success) {
      issues.push(...zodIssues(f.file, parsed.error));
      continue;
    }
    if (strategies.has(parsed.data.name)) issues.push({ file: f.file, path: 'name', message: `strategy ${parsed.data.name} is defined twice` });
    const checked = validateOutreachConfig([...otherJourneys, { file: f.file, json: parsed.data.journey }], templateFiles);
    if (!checked.config) {
      issues.push(...checked.issues.map((i) => (i.file === f.file ? { ...i, path: i.path ? `journey.${i.path}` : 'journey' } : i)));
      continue;
    }
    strategies.set(parsed.data.name, { definition: parsed.data, outreach: checked.config });
  }
  if (strategyFiles.length === 0) issues.push({ file: join(SIMULATION_DIR, 'strategies'), path: '', message: 'no strategies' });
  if (issues.length || !model.success) return { config: null, issues };
  return { config: { model: model.data, strategies }, issues };
}

let cached: SimulationConfig | null = null;

/** Loads config/simulation (model and strategies); throws one AppError listing every problem. */
export function loadSimulationConfig(opts: { dir?: string } = {}): SimulationConfig {
  if (!opts.dir && cached) return cached;
  const dir = opts.dir ?? SIMULATION_DIR;
  const issues: FieldIssue[] = [];
  const modelPath = join(dir, 'behaviour.json');
  const modelFile = { file: modelPath, json: readJson(modelPath, issues) };
  const result = validateSimulationConfig(modelFile, readDir(join(dir, 'strategies'), issues), readDir(JOURNEYS_DIR, issues), readDir(TEMPLATES_DIR, issues));
  const all = [...issues, ...result.issues];
  if (!result.config || all.length) {
    throw new AppError('validation_failed', {
      message: `simulation configuration has ${all.length} problem(s):\n` + all.map((i) => `  ${i.file}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('\n'),
      issues: all,
    });
  }
  if (!opts.dir) cached = result.config;
  return result.config;
}
