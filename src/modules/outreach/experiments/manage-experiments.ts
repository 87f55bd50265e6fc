import type { Queryable } from '../../../platform/db/index.js';
import { rows, sqlFromText } from '../../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../../platform/errors/index.js';
import { newId } from '../../../platform/ids/index.js';
import { loadOutreachConfig, type OutreachConfig } from '../journeys/load-outreach-config.js';
import { ExperimentDefinition, WHOLE_JOURNEY, type Experiment, type RunningExperiments } from './experiment.js';

const q = <T>(db: Queryable, text: string, params: unknown[] = []) => rows<T>(db, sqlFromText(text, params));

interface ExperimentRow {
  id: string; tenant_id: string; name: string; journey: string; step: string; kind: Experiment['kind']; arms: Experiment['arms'];
  holdout_pct: number; ramp_pct: number; status: Experiment['status']; guardrails: Experiment['guardrails'];
  stopped_arms: Experiment['stoppedArms']; planned_per_arm: number | null; started_at: Date | string | null; stopped_at: Date | string | null; created_at: Date | string;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

function fromRow(r: ExperimentRow): Experiment {
  return {
    id: r.id, tenantId: r.tenant_id, name: r.name, journey: r.journey, step: r.step, kind: r.kind, arms: r.arms, holdoutPct: r.holdout_pct,
    rampPct: r.ramp_pct, status: r.status, guardrails: r.guardrails, stoppedArms: r.stopped_arms ?? {}, plannedPerArm: r.planned_per_arm ?? undefined,
    startedAt: iso(r.started_at), stoppedAt: iso(r.stopped_at), createdAt: iso(r.created_at)!,
  };
}

/** Whether a template exists in every language with a version for each of the channels a step may use. */
function templateIssues(config: OutreachConfig, template: string, channels: readonly string[], stepId: string, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const lang of Object.keys(config.templates) as Array<keyof OutreachConfig['templates']>) {
    const tpl = config.templates[lang].templates[template] as Record<string, unknown> | undefined;
    if (!tpl) issues.push({ path, message: `no template "${template}" in the ${lang} catalog` });
    else for (const ch of channels) if (!tpl[ch]) issues.push({ path, message: `template "${template}" has no ${ch} version (${lang}), which step "${stepId}" may use` });
  }
  return issues;
}

/** Problems with a definition against the shipped journeys and templates, all listed at once. */
export function checkExperiment(def: ExperimentDefinition, config: OutreachConfig = loadOutreachConfig()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const whole = def.kind === 'journey';
  const journey = config.journeys.find((j) => j.id === def.journey);
  const step = whole ? undefined : journey?.steps.find((s) => s.id === def.step);
  if (!journey) issues.push({ path: 'journey', message: `no journey "${def.journey}"` });
  else if (whole && def.step !== WHOLE_JOURNEY) issues.push({ path: 'step', message: 'a journey experiment covers the whole journey: step must be *' });
  else if (!whole && def.step === WHOLE_JOURNEY) issues.push({ path: 'step', message: 'only a journey experiment covers the whole journey (*)' });
  else if (!whole && !step) issues.push({ path: 'step', message: `journey "${def.journey}" has no step "${def.step}"` });
  const ids = new Set<string>();
  def.arms.forEach((a, i) => {
    if (ids.has(a.id)) issues.push({ path: `arms[${i}].id`, message: `arm id "${a.id}" is used twice` });
    if (a.id === 'holdout') issues.push({ path: `arms[${i}].id`, message: '"holdout" is reserved for the holdout group' });
    ids.add(a.id);
    if (whole) {
      if (a.template || a.tone || a.sendHour !== undefined || a.channels) issues.push({ path: `arms[${i}]`, message: 'a journey arm changes its steps through "steps" (or names another journey)' });
      let target = journey;
      if (a.journey) {
        const alt = config.journeys.find((j) => j.id === a.journey);
        if (!alt) issues.push({ path: `arms[${i}].journey`, message: `no journey "${a.journey}"` });
        else if (journey && (alt.entry.phase !== journey.entry.phase || !journey.entry.tenantKinds.every((k) => alt.entry.tenantKinds.includes(k)))) {
          issues.push({ path: `arms[${i}].journey`, message: `journey "${a.journey}" does not start where "${journey.id}" does (phase ${journey.entry.phase}, same tenant kinds)` });
        }
        target = alt ?? journey;
      }
      a.steps?.forEach((v, k) => {
        const st = target?.steps.find((x) => x.id === v.step);
        const path = `arms[${i}].steps[${k}]`;
        if (!st) {
          if (target) issues.push({ path: `${path}.step`, message: `journey "${target.id}" has no step "${v.step}"` });
          return;
        }
        if (v.template) issues.push(...templateIssues(config, v.template, st.channels, st.id, `${path}.template`));
        if (v.channels) for (const ch of v.channels) if (!st.channels.includes(ch)) issues.push({ path: `${path}.channels`, message: `step "${st.id}" does not use ${ch}; an arm may only reorder the step's channels` });
      });
      if (target && a.steps && target.steps.every((st) => a.steps!.some((v) => v.step === st.id && v.skip))) issues.push({ path: `arms[${i}].steps`, message: 'an arm cannot skip every step' });
      return;
    }
    if (a.journey || a.steps) issues.push({ path: `arms[${i}]`, message: 'only a journey experiment (kind "journey") changes whole journeys' });
    if (a.template && step) issues.push(...templateIssues(config, a.template, step.channels, step.id, `arms[${i}].template`));
    if (step && a.channels) for (const ch of a.channels) if (!step.channels.includes(ch)) issues.push({ path: `arms[${i}].channels`, message: `step "${step.id}" does not use ${ch}; an arm may only reorder the step's channels` });
  });
  return issues;
}

/** Defines an experiment (a draft until started). */
export async function createExperiment(db: Queryable, opts: { tenantId: string; actorId: string; now: Date; definition: unknown }): Promise<Experiment> {
  const parsed = ExperimentDefinition.safeParse(opts.definition);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('validation_failed', { message: `experiment: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues });
  }
  const def = parsed.data;
  const issues = checkExperiment(def);
  if (issues.length) throw new AppError('validation_failed', { message: `experiment: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues });
  const id = `exp-${newId().slice(0, 8)}`;
  const [row] = await q<ExperimentRow>(
    db,
    `insert into experiments (id, tenant_id, name, journey, step, kind, arms, holdout_pct, ramp_pct, guardrails, planned_per_arm, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb, $11, $12, $13) returning *`,
    [id, opts.tenantId, def.name, def.journey, def.step, def.kind, JSON.stringify(def.arms), def.holdoutPct, def.rampPct, JSON.stringify(def.guardrails), def.plannedPerArm ?? null, opts.actorId, opts.now],
  );
  return fromRow(row!);
}

export async function listExperiments(db: Queryable, tenantId: string): Promise<Experiment[]> {
  return (await q<ExperimentRow>(db, 'select * from experiments where tenant_id = $1 order by created_at desc, id', [tenantId])).map(fromRow);
}

export async function getExperiment(db: Queryable, tenantId: string, id: string): Promise<Experiment> {
  const [row] = await q<ExperimentRow>(db, 'select * from experiments where tenant_id = $1 and id = $2', [tenantId, id]);
  if (!row) throw new AppError('not_found', { message: `experiment ${id} not found` });
  return fromRow(row);
}

/**
 * Starts a draft (one running experiment per journey step, so a message has one arm) or stops a
 * running experiment (stopped is final: a fixed-horizon test is not restarted after a look).
 */
export async function setExperimentStatus(db: Queryable, opts: { tenantId: string; id: string; status: 'running' | 'stopped'; now: Date }): Promise<Experiment> {
  const exp = await getExperiment(db, opts.tenantId, opts.id);
  if (opts.status === 'running') {
    if (exp.status !== 'draft') throw new AppError('conflict', { message: `experiment ${exp.id} is ${exp.status}; only a draft can start`, userMessage: 'Only a draft experiment can be started.' });
    // One arm per message: a whole-journey experiment excludes every step experiment on its journey.
    const [other] = await q<{ id: string }>(
      db,
      `select id from experiments where tenant_id = $1 and journey = $2 and (step = $3 or step = '*' or $3 = '*') and status = 'running' and id <> $4`,
      [opts.tenantId, exp.journey, exp.step, exp.id],
    );
    if (other) throw new AppError('conflict', { message: `experiment ${other.id} already runs on ${exp.journey} / ${exp.step}`, userMessage: 'Another experiment already runs on this step or journey. Stop it first.' });
    await q(db, `update experiments set status = 'running', started_at = $3 where tenant_id = $1 and id = $2 and status = 'draft'`, [opts.tenantId, exp.id, opts.now]);
  } else {
    if (exp.status !== 'running') throw new AppError('conflict', { message: `experiment ${exp.id} is ${exp.status}; only a running one can stop`, userMessage: 'Only a running experiment can be stopped.' });
    await q(db, `update experiments set status = 'stopped', stopped_at = $3 where tenant_id = $1 and id = $2 and status = 'running'`, [opts.tenantId, exp.id, opts.now]);
  }
  return getExperiment(db, opts.tenantId, exp.id);
}

/** A guardrail stops one arm: people assigned to it get the journey as it is from then on. */
export async function stopExperimentArm(db: Queryable, opts: { tenantId: string; id: string; arm: string; reason: string; now: Date }): Promise<boolean> {
  const r = await q<{ id: string }>(
    db,
    `update experiments set stopped_arms = stopped_arms || jsonb_build_object($3::text, jsonb_build_object('at', $4::text, 'reason', $5::text))
     where tenant_id = $1 and id = $2 and status = 'running' and not (stopped_arms ? $3::text) returning id`,
    [opts.tenantId, opts.id, opts.arm, opts.now.toISOString(), opts.reason],
  );
  return r.length > 0;
}

/** Every running experiment, by tenant and `journey|step` (one small query per orchestration pass). */
export async function loadRunningExperiments(db: Queryable, tenantId?: string): Promise<RunningExperiments> {
  const found = await q<ExperimentRow>(db, `select * from experiments where status = 'running' ${tenantId ? 'and tenant_id = $1' : ''}`, tenantId ? [tenantId] : []);
  const out: RunningExperiments = new Map();
  for (const r of found) {
    const e = fromRow(r);
    let m = out.get(e.tenantId);
    if (!m) out.set(e.tenantId, (m = new Map()));
    m.set(`${e.journey}|${e.step}`, e);
  }
  return out;
}
