import type { PlanOption } from './plan-quote.schema.js';
import type { ServicedPlan } from './plan-state.js';

export interface CreateServicedPlanOptions {
  id: string;
  /** The option the patient accepted (from quotePlan). */
  option: Pick<PlanOption, 'schedule' | 'anchorDay'>;
  timeZone: string;
  at: Date;
}

/** A new active plan from an accepted quote option. */
export function createServicedPlan(opts: CreateServicedPlanOptions): ServicedPlan {
  return {
    id: opts.id,
    status: 'active',
    timeZone: opts.timeZone,
    anchorDay: opts.option.anchorDay,
    installments: opts.option.schedule.map((p, i) => ({ seq: i + 1, dueOn: p.dueOn, amountCents: p.amountCents, paidCents: 0 })),
    history: [{ at: opts.at.toISOString(), from: null, to: 'active', reason: 'plan_accepted' }],
    payments: [],
    notices: [],
    pausedUntil: null,
    replanOfferedOn: null,
  };
}
