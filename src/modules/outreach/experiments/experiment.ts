import { z } from 'zod';
import { CHANNELS, TONES, type JourneyDefinition, type JourneyStep, type OutreachChannel } from '../journeys/journey.schema.js';
import type { Personalization } from '../personalize.js';

/** What a whole-journey arm changes in one step: its timing, whether it runs, and its wording, tone, hour or channel order. */
export const StepVariant = z.object({
  step: z.string().regex(/^[a-z0-9-]+$/),
  /** Leave the step out of this arm's journey. */
  skip: z.boolean().optional(),
  /** Move the step's window by whole days from the journey's anchor (earlier when negative). */
  shiftDays: z.number().int().min(-30).max(30).optional(),
  template: z.string().min(1).optional(),
  tone: z.enum(TONES).optional(),
  sendHour: z.number().int().min(8).max(20).optional(),
  channels: z.array(z.enum(CHANNELS)).min(1).optional(),
});
export type StepVariant = z.infer<typeof StepVariant>;

/** What an arm changes in its journey step; an arm with no change is a control. */
export const ExperimentArm = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, 'letters, digits, dash or underscore (at most 20)'),
  label: z.string().min(1).max(80),
  weight: z.number().int().min(1).max(100).default(1),
  template: z.string().min(1).optional(),
  tone: z.enum(TONES).optional(),
  /** Local hour to aim the send at (kept inside 8am-9pm in every zone of the person). */
  sendHour: z.number().int().min(8).max(20).optional(),
  /** Channel order to try first; only channels the step and the person allow are ever used. */
  channels: z.array(z.enum(CHANNELS)).min(1).optional(),
  /** Whole-journey arms: another shipped journey for the same phase, in place of the experiment's journey. */
  journey: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Whole-journey arms: changes to the journey's steps (timing, skipped steps, wording, hour, channel order). */
  steps: z.array(StepVariant).max(20).optional(),
});
export type ExperimentArm = z.infer<typeof ExperimentArm>;

export const EXPERIMENT_KINDS = ['template', 'tone', 'send_time', 'channel_order', 'journey'] as const;
/** The step of a whole-journey experiment: every step of the journey. */
export const WHOLE_JOURNEY = '*';

export const ExperimentDefinition = z.object({
  name: z.string().min(1).max(120),
  journey: z.string().regex(/^[a-z0-9-]+$/),
  /** A step id, or `*` for a whole-journey experiment (kind `journey`). */
  step: z.string().regex(/^([a-z0-9-]+|\*)$/, 'a step id, or * for the whole journey'),
  kind: z.enum(EXPERIMENT_KINDS),
  arms: z.array(ExperimentArm).min(2).max(6),
  /** Share of people kept on the journey as it is, outside every arm (for the business-as-usual comparison). */
  holdoutPct: z.number().int().min(0).max(50).default(0),
  /** Share of people entered into the experiment at all (the rest see no change and carry no arm). */
  rampPct: z.number().int().min(1).max(100).default(100),
  guardrails: z
    .object({
      maxOptOutRate: z.number().min(0).max(1).default(0.02),
      maxComplaintRate: z.number().min(0).max(1).default(0.01),
      /** Contacts an arm needs before a guardrail may stop it (fewer is noise). */
      minContacts: z.number().int().min(1).default(100),
    })
    .default({ maxOptOutRate: 0.02, maxComplaintRate: 0.01, minContacts: 100 }),
  /** Fixed horizon: accounts per arm to reach before reading the result. */
  plannedPerArm: z.number().int().min(1).optional(),
});
export type ExperimentDefinition = z.infer<typeof ExperimentDefinition>;

export interface Experiment extends ExperimentDefinition {
  id: string;
  tenantId: string;
  status: 'draft' | 'running' | 'stopped';
  stoppedArms: Record<string, { at: string; reason: string }>;
  startedAt: string | null;
  stoppedAt: string | null;
  createdAt: string;
}

/** The arm recorded on a message: `<experiment id>:<arm id>`, or `<experiment id>:holdout`. */
export interface Assignment {
  experimentId: string;
  arm: ExperimentArm | null;
  variant: string;
}

/**
 * 32-bit FNV-1a with MurmurHash3's final mix: cheap, stable across processes and versions
 * (assignment must never move), and uniform in its high bits even for ids that differ only in
 * their last characters (plain FNV-1a is not).
 */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const unit = (text: string) => fnv1a(text) / 0x1_0000_0000;

/**
 * Deterministic assignment by person: the same person gets the same arm in every pass and every
 * process. Raising the ramp only adds people (those already in stay in their arm). Null: the
 * person is outside the experiment (beyond the ramp, or in an arm a guardrail stopped).
 */
export function assignArm(exp: Pick<Experiment, 'id' | 'arms' | 'holdoutPct' | 'rampPct' | 'stoppedArms'>, personId: string): Assignment | null {
  if (unit(`${exp.id}:ramp:${personId}`) >= exp.rampPct / 100) return null;
  const u = unit(`${exp.id}:arm:${personId}`);
  if (u < exp.holdoutPct / 100) return { experimentId: exp.id, arm: null, variant: `${exp.id}:holdout` };
  const total = exp.arms.reduce((s, a) => s + a.weight, 0);
  let x = ((u - exp.holdoutPct / 100) / (1 - exp.holdoutPct / 100)) * total;
  let arm = exp.arms[exp.arms.length - 1]!;
  for (const a of exp.arms) {
    if (x < a.weight) {
      arm = a;
      break;
    }
    x -= a.weight;
  }
  if (exp.stoppedArms[arm.id]) return null;
  return { experimentId: exp.id, arm, variant: `${exp.id}:${arm.id}` };
}

/**
 * The step and personalization an arm asks for. An arm changes wording, tone, send hour or the
 * order of channels only: channels the person cannot be reached on (or opted out of) stay out,
 * and every message is still checked by compliance like any other.
 */
export function applyArm(step: JourneyStep, p: Personalization, arm: ExperimentArm | null, sendAt: (hour: number) => Date): { step: JourneyStep; p: Personalization } {
  if (!arm) return { step, p };
  const s: JourneyStep = arm.template ? { ...step, template: arm.template } : step;
  let q = p;
  if (arm.tone) q = { ...q, tone: arm.tone };
  if (arm.channels) {
    const allowed = new Set<OutreachChannel>(q.channels);
    const first = arm.channels.filter((c) => allowed.has(c));
    q = { ...q, channels: [...first, ...q.channels.filter((c) => !first.includes(c))] };
  }
  if (arm.sendHour !== undefined) q = { ...q, preferredHour: arm.sendHour, sendAt: sendAt(arm.sendHour) };
  return { step: s, p: q };
}

/**
 * The journey a whole-journey arm runs: the arm's alternative journey, or the experiment's journey
 * with its step changes (skipped steps left out, windows moved). Ids and versions stay, so people
 * keep their place and counters; what compliance allows is decided per message as for any journey.
 */
export function armJourney(base: JourneyDefinition, arm: ExperimentArm, journeys: readonly JourneyDefinition[]): JourneyDefinition {
  const from = arm.journey ? (journeys.find((j) => j.id === arm.journey) ?? base) : base;
  if (!arm.steps?.length) return from;
  const byStep = new Map(arm.steps.map((v) => [v.step, v]));
  const steps = from.steps
    .filter((st) => !byStep.get(st.id)?.skip)
    .map((st) => {
      const v = byStep.get(st.id);
      if (!v) return st;
      const shift = v.shiftDays ?? 0;
      return { ...st, window: { fromDay: st.window.fromDay + shift, toDay: st.window.toDay + shift }, template: v.template ?? st.template, tone: v.tone ?? st.tone };
    });
  return { ...from, steps: steps.length ? steps : from.steps };
}

/** The per-step part of a whole-journey arm, as a step arm (hour and channel order apply after personalization). */
export function stepArmOf(arm: ExperimentArm | null, stepId: string): ExperimentArm | null {
  const v = arm?.steps?.find((x) => x.step === stepId);
  if (!arm || !v || (v.sendHour === undefined && !v.channels)) return null;
  return { id: arm.id, label: arm.label, weight: arm.weight, sendHour: v.sendHour, channels: v.channels };
}

/** Running experiments of a pass, by tenant and `journey|step` (`journey|*` for whole journeys). */
export type RunningExperiments = Map<string, Map<string, Experiment>>;
