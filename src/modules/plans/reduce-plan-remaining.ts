import { planError } from './errors.js';
import { remainingCents, unpaidInstallments, type ServicedPlan } from './plan-state.js';

/**
 * Lowers what a plan still asks for to `newRemainingCents` (after assistance or a correction)
 * by taking the reduction off the last installments first, so the next payments stay as agreed
 * and the plan simply ends sooner. Installments reduced to nothing are dropped. Recorded in the
 * history without a status change.
 */
export function reducePlanRemaining(plan: ServicedPlan, newRemainingCents: number, opts: { at: Date; reason: string }): ServicedPlan {
  const remaining = remainingCents(plan);
  if (!Number.isSafeInteger(newRemainingCents) || newRemainingCents < 0 || newRemainingCents > remaining) {
    throw planError('invalid_input', { message: `new remaining ${newRemainingCents} must be 0..${remaining}` });
  }
  let cut = remaining - newRemainingCents;
  if (cut === 0) return plan;
  const owedBySeq = new Map(plan.installments.map((i) => [i.seq, i.amountCents]));
  for (const inst of unpaidInstallments(plan).reverse()) {
    if (cut === 0) break;
    const take = Math.min(cut, inst.amountCents - inst.paidCents);
    owedBySeq.set(inst.seq, inst.amountCents - take);
    cut -= take;
  }
  const installments = plan.installments
    .map((i) => ({ ...i, amountCents: owedBySeq.get(i.seq)! }))
    .filter((i) => i.amountCents > 0 || i.paidCents > 0);
  return {
    ...plan,
    installments,
    history: [...plan.history, { at: opts.at.toISOString(), from: plan.status, to: plan.status, reason: opts.reason }],
  };
}
