import type { ReasonCode } from './reason-codes.js';
import type { CallCapRule, ContactWindowRule, ConversationWaitRule, EcaWaitRule, ReportingBanRule, RuleCommon, RuleSet } from './rule-set.js';
import type { Channel, Purpose } from './schemas.js';
import { MS_PER_DAY, parseClock, parseDateDay } from './time/instant.js';

/** Channels as bits, so "does this rule cover this channel" is one AND. */
export const CHANNEL_BIT: Readonly<Record<Channel, number>> = { call: 1, sms: 2, email: 4, voicemail: 8, letter: 16 };

/** Purposes as small codes (0 = none given), so a cap's exemptions are one bit test. */
export const PURPOSE_CODE: Readonly<Record<Purpose, number>> = { collection: 1, opt_out_confirmation: 2, reply_to_consumer: 3, required_notice: 4 };

export function channelMask(channels: readonly Channel[]): number {
  let m = 0;
  for (const c of channels) m |= CHANNEL_BIT[c];
  return m;
}

interface CompiledCommon {
  id: string;
  reason: ReasonCode;
  binds: RuleCommon['binds'];
  /** Epoch ms from which the rule applies (UTC midnight of effectiveFrom: errs early). */
  fromMs: number;
  /** Day number of effectiveFrom, for date-based questions. */
  fromDay: number;
  states: ReadonlySet<string> | null;
}

export interface CompiledWindow extends CompiledCommon {
  startSec: number;
  endSec: number;
  mask: number;
}

export interface CompiledCap extends CompiledCommon {
  max: number;
  days: number;
  mask: number;
  perDebt: boolean;
  exempt: ReadonlySet<Purpose>;
  /** Bit PURPOSE_CODE[p] set for each exempt purpose p. */
  exemptMask: number;
}

export interface CompiledWait extends CompiledCommon {
  days: number;
  mask: number;
}

export interface CompiledEcaWait extends CompiledCommon {
  days: number;
  actions: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

export interface CompiledRuleSet {
  version: string;
  windows: CompiledWindow[];
  caps: CompiledCap[];
  waits: CompiledWait[];
  bans: CompiledCommon[];
  ecaWaits: CompiledEcaWait[];
}

function common(r: RuleCommon): CompiledCommon {
  const fromDay = r.effectiveFrom === undefined ? Number.NEGATIVE_INFINITY : parseDateDay(r.effectiveFrom);
  return {
    id: r.id,
    reason: r.reason,
    binds: r.binds,
    fromDay,
    fromMs: fromDay * MS_PER_DAY,
    states: r.states ? new Set(r.states) : null,
  };
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();
// Nearly every question in a process uses the same rule set: one comparison instead of a WeakMap lookup.
let lastRuleSet: RuleSet | null = null;
let lastCompiled: CompiledRuleSet | null = null;

/** The evaluator's view of a rule set (computed once per rule-set object). */
export function compiled(ruleSet: RuleSet): CompiledRuleSet {
  if (ruleSet === lastRuleSet && lastCompiled !== null) return lastCompiled;
  let c = cache.get(ruleSet);
  if (!c) {
    const caps = ruleSet.callCaps.map((r: CallCapRule) => {
      let exemptMask = 0;
      for (const p of r.exemptPurposes) exemptMask |= 1 << PURPOSE_CODE[p];
      return {
        ...common(r),
        max: r.maxContacts,
        days: r.days,
        mask: channelMask(r.channels),
        perDebt: r.perDebt,
        exempt: new Set(r.exemptPurposes),
        exemptMask,
      };
    });
    c = {
      version: ruleSet.version,
      windows: ruleSet.contactWindows.map((r: ContactWindowRule) => ({
        ...common(r),
        startSec: parseClock(r.start),
        endSec: parseClock(r.end),
        mask: channelMask(r.channels),
      })),
      caps,
      waits: ruleSet.conversationWaits.map((r: ConversationWaitRule) => ({ ...common(r), days: r.days, mask: channelMask(r.channels) })),
      bans: ruleSet.medicalDebtReportingBans.map((r: ReportingBanRule) => common(r)),
      ecaWaits: ruleSet.ecaWaits.map((r: EcaWaitRule) => ({
        ...common(r),
        days: r.days,
        actions: new Set(r.actions),
        entities: new Set(r.entities),
      })),
    };
    cache.set(ruleSet, c);
  }
  lastRuleSet = ruleSet;
  lastCompiled = c;
  return c;
}
