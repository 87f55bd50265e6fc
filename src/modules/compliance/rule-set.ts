import { z } from 'zod';
import { MEDICAL_DEBT_REPORTING_BANS } from './data/medical-debt-reporting-bans.js';
import { REASON_CODES, type ReasonCode } from './reason-codes.js';
import { CHANNELS, ECA_ACTIONS, ENTITIES, PURPOSES, type Channel, type Purpose } from './schemas.js';
import { parseClock, parseDateDay } from './time/instant.js';

/**
 * Rules as data. The limits that tenants tune (contact windows, call caps, waits after a
 * conversation, state reporting bans, state waits before collection actions) live in a
 * versioned rule set; the rules that are pure logic (holds, consent, 501(r), message content)
 * live in code. Every decision records the version of the rule set that made it.
 *
 * Who a rule binds:
 * - `debt_collector`: FDCPA / Regulation F debt collectors: agencies, debt buyers, and a
 *   creditor collecting under a third-party name.
 * - `creditor_policy`: original creditors, as Kindly's default tenant policy (the same
 *   guardrails, reported with policy_ codes; a question turns them off with
 *   `policy.creditorGuardrails: false`).
 * - `all`: everyone (state laws that bind creditors too, tenant rules).
 *
 * Rules marked `legal` transcribe law: overrides may tighten them but never loosen or disable
 * them. Policy rules may be changed freely.
 */

export type Binds = 'debt_collector' | 'creditor_policy' | 'all';
export type EcaAction = (typeof ECA_ACTIONS)[number];
export type Entity = (typeof ENTITIES)[number];

export interface RuleCommon {
  id: string;
  description: string;
  citation: string;
  binds: Binds;
  reason: ReasonCode;
  /** First day (YYYY-MM-DD) the rule applies; absent = always. */
  effectiveFrom?: string;
  /** Consumer states the rule is limited to; absent = every state. */
  states?: string[];
  legal: boolean;
}

/** Contacts on `channels` must fall between `start` and `end` local time (both inclusive) in every zone. */
export interface ContactWindowRule extends RuleCommon {
  start: string;
  end: string;
  channels: Channel[];
}

/** At most `maxContacts` contacts on `channels` in any `days` consecutive local dates. */
export interface CallCapRule extends RuleCommon {
  maxContacts: number;
  days: number;
  channels: Channel[];
  /** Count per debt (a contact about several debts counts for each), else per person. */
  perDebt: boolean;
  /** Purposes of the proposed contact that the cap does not apply to. */
  exemptPurposes: Purpose[];
}

/** No contact on `channels` within `days` consecutive local dates beginning with a conversation's date. */
export interface ConversationWaitRule extends RuleCommon {
  days: number;
  channels: Channel[];
}

/** Medical debt may not be furnished to consumer reporting agencies for consumers in `states`. */
export type ReportingBanRule = RuleCommon;

/** No `actions` before `days` days after the first post-discharge statement (day 1 = statement date). */
export interface EcaWaitRule extends RuleCommon {
  days: number;
  actions: EcaAction[];
  /** The creditor kinds covered (the collector's `onBehalfOf`, else its own entity). */
  entities: Entity[];
}

export interface RuleSet {
  version: string;
  contactWindows: ContactWindowRule[];
  callCaps: CallCapRule[];
  conversationWaits: ConversationWaitRule[];
  medicalDebtReportingBans: ReportingBanRule[];
  ecaWaits: EcaWaitRule[];
}

export const DEFAULT_RULE_SET_VERSION = 'kindly-2026.1';

const REG_F_FROM = '2021-11-30';
const FDCPA_FROM = '1978-03-20';

/** The rule set Kindly ships. */
export const DEFAULT_RULE_SET: RuleSet = deepFreeze({
  version: DEFAULT_RULE_SET_VERSION,
  contactWindows: [
    {
      id: 'reg_f.inconvenient_time',
      description:
        'No call, voicemail, text or email before 8:00 or after 21:00 local time in any time zone the consumer may be in (electronic messages are timed when sent).',
      citation: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i) and its official interpretation (all plausible locations; electronic messages timed when sent)',
      binds: 'debt_collector',
      reason: 'reg_f_inconvenient_time',
      effectiveFrom: FDCPA_FROM,
      legal: true,
      start: '08:00',
      end: '21:00',
      channels: ['call', 'voicemail', 'sms', 'email'],
    },
    {
      id: 'policy.inconvenient_time',
      description: 'Creditor guardrail: the same 8:00-21:00 window in every zone the consumer may be in.',
      citation: 'Kindly tenant policy (modelled on 12 CFR 1006.6(b)(1)(i))',
      binds: 'creditor_policy',
      reason: 'policy_inconvenient_time',
      legal: false,
      start: '08:00',
      end: '21:00',
      channels: ['call', 'voicemail', 'sms', 'email'],
    },
  ],
  callCaps: [
    {
      id: 'reg_f.7_in_7',
      description:
        'At most 7 telephone calls (voicemails included) to a person about a debt in any 7 consecutive local dates; a call about several debts counts for each; calls not connected and calls within a consent window given directly to the collector do not count.',
      citation: '12 CFR 1006.14(b)(2)(i)(A); (b)(3) (excluded calls); (b)(4) (multiple debts)',
      binds: 'debt_collector',
      reason: 'reg_f_7_in_7',
      effectiveFrom: REG_F_FROM,
      legal: true,
      maxContacts: 7,
      days: 7,
      channels: ['call', 'voicemail'],
      perDebt: true,
      exemptPurposes: [],
    },
    {
      id: 'policy.call_frequency',
      description: 'Creditor guardrail: at most 7 calls per debt in any 7 consecutive local dates, counted as Regulation F counts them.',
      citation: 'Kindly tenant policy (modelled on 12 CFR 1006.14(b)(2)(i)(A))',
      binds: 'creditor_policy',
      reason: 'policy_call_frequency',
      legal: false,
      maxContacts: 7,
      days: 7,
      channels: ['call', 'voicemail'],
      perDebt: true,
      exemptPurposes: [],
    },
    {
      id: 'ma.2_in_7',
      description:
        'Massachusetts: at most 2 communications initiated by telephone (live calls, texts, recorded messages) to a debtor per debt in any 7 days, creditors and debt collectors alike; calls that could not reach the debtor or leave a message do not count, calls the debtor asked for do not count.',
      citation: '940 CMR 7.04(1)(f) (creditors); 209 CMR 18.14 (debt collectors); Armata v. Target Corp., 480 Mass. 14 (2018)',
      binds: 'all',
      reason: 'ma_940cmr_7_04_2_in_7',
      effectiveFrom: '2012-03-01',
      states: ['MA'],
      legal: true,
      maxContacts: 2,
      days: 7,
      channels: ['call', 'voicemail', 'sms'],
      perDebt: true,
      exemptPurposes: ['reply_to_consumer', 'opt_out_confirmation'],
    },
  ],
  conversationWaits: [
    {
      id: 'reg_f.conversation_7day',
      description:
        'No call to a person about a debt within 7 consecutive local dates after a telephone conversation about it (the conversation date is day 1), whoever placed the call.',
      citation: '12 CFR 1006.14(b)(2)(i)(B); (b)(4) (a conversation about several debts counts for each)',
      binds: 'debt_collector',
      reason: 'reg_f_conversation_7day',
      effectiveFrom: REG_F_FROM,
      legal: true,
      days: 7,
      channels: ['call', 'voicemail'],
    },
    {
      id: 'policy.conversation_7day',
      description: 'Creditor guardrail: no call about a debt within 7 local dates after a telephone conversation about it.',
      citation: 'Kindly tenant policy (modelled on 12 CFR 1006.14(b)(2)(i)(B))',
      binds: 'creditor_policy',
      reason: 'policy_conversation_7day',
      legal: false,
      days: 7,
      channels: ['call', 'voicemail'],
    },
  ],
  medicalDebtReportingBans: MEDICAL_DEBT_REPORTING_BANS.map((b) => ({
    id: `ban.${b.state}`,
    description: `${b.state} forbids furnishing medical debt to consumer reporting agencies.`,
    citation: b.citation,
    binds: 'all' as const,
    reason: 'state_medical_debt_reporting_ban' as const,
    effectiveFrom: b.effectiveFrom,
    states: [b.state],
    legal: true,
  })),
  ecaWaits: [
    {
      id: 'ca.180_day_wait',
      description:
        'California: a hospital, its assignee or any later owner of the debt (collection agencies included) may not report adverse information to a credit bureau, sue, or sell the debt before 180 days after initial billing.',
      citation: 'Cal. Health & Safety Code §127425 (as amended by AB 1020, 2021)',
      binds: 'all',
      reason: 'ca_180_day_wait',
      effectiveFrom: '2022-01-01',
      states: ['CA'],
      legal: true,
      days: 180,
      actions: [
        'credit_report',
        'lawsuit',
        'sell_debt',
        'wage_garnishment',
        'lien',
        'foreclosure',
        'attach_bank_account',
        'seize_property',
        'body_attachment',
      ],
      entities: ['hospital', 'nonprofit_hospital', 'agency'],
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Overrides: tenants add and override rules as data, validated with every problem listed.

const ReasonCodeSchema = z.enum(REASON_CODES);
const ClockSchema = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a local time HH:MM');
const DateSchema = z.iso.date();
const StatesSchema = z.array(z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter upper-case state code')).min(1);

const CommonInput = {
  id: z.string().min(1),
  description: z.string().optional(),
  citation: z.string().optional(),
  binds: z.enum(['debt_collector', 'creditor_policy', 'all']).optional(),
  reason: ReasonCodeSchema,
  effectiveFrom: DateSchema.optional(),
  states: StatesSchema.optional(),
};

const ContactWindowInput = z
  .object({ ...CommonInput, start: ClockSchema, end: ClockSchema, channels: z.array(z.enum(CHANNELS)).min(1).optional() })
  .strict();
const CallCapInput = z
  .object({
    ...CommonInput,
    maxContacts: z.number().int().min(0),
    days: z.number().int().min(1).max(366),
    channels: z.array(z.enum(CHANNELS)).min(1).optional(),
    perDebt: z.boolean().optional(),
    exemptPurposes: z.array(z.enum(PURPOSES)).optional(),
  })
  .strict();
const ConversationWaitInput = z
  .object({ ...CommonInput, days: z.number().int().min(1).max(366), channels: z.array(z.enum(CHANNELS)).min(1).optional() })
  .strict();
const ReportingBanInput = z.object({ ...CommonInput, reason: ReasonCodeSchema.optional(), states: StatesSchema }).strict();
const EcaWaitInput = z
  .object({
    ...CommonInput,
    days: z.number().int().min(1).max(3660),
    actions: z.array(z.enum(ECA_ACTIONS)).min(1),
    entities: z.array(z.enum(ENTITIES)).min(1).optional(),
  })
  .strict();

const RuleOverride = z
  .object({
    description: z.string().optional(),
    citation: z.string().optional(),
    start: ClockSchema.optional(),
    end: ClockSchema.optional(),
    maxContacts: z.number().int().min(0).optional(),
    days: z.number().int().min(1).max(3660).optional(),
    channels: z.array(z.enum(CHANNELS)).min(1).optional(),
    states: StatesSchema.optional(),
    exemptPurposes: z.array(z.enum(PURPOSES)).optional(),
    effectiveFrom: DateSchema.optional(),
  })
  .strict();

/** A tenant's changes to a rule set (see docs/compliance.md, "Tenant rules"). */
export const RuleSetOverrides = z
  .object({
    /** The tenant's own version label; decisions record `<base>+<this>`. */
    version: z.string().min(1),
    /** The base version the overrides were written against (checked when given). */
    extends: z.string().optional(),
    add: z
      .object({
        contactWindows: z.array(ContactWindowInput).optional(),
        callCaps: z.array(CallCapInput).optional(),
        conversationWaits: z.array(ConversationWaitInput).optional(),
        medicalDebtReportingBans: z.array(ReportingBanInput).optional(),
        ecaWaits: z.array(EcaWaitInput).optional(),
      })
      .strict()
      .optional(),
    override: z.record(z.string(), RuleOverride).optional(),
    disable: z.array(z.string()).optional(),
  })
  .strict();
export type RuleSetOverrides = z.infer<typeof RuleSetOverrides>;

export interface RuleSetProblem {
  path: string;
  message: string;
}

export type CompileRuleSetResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: RuleSetProblem[] };

type AnyRule = ContactWindowRule | CallCapRule | ConversationWaitRule | ReportingBanRule | EcaWaitRule;
type Family = keyof Omit<RuleSet, 'version'>;
const FAMILIES: readonly Family[] = ['contactWindows', 'callCaps', 'conversationWaits', 'medicalDebtReportingBans', 'ecaWaits'];

/** Formats a zod path as `add.callCaps[0].maxContacts`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function withDefaults(family: Family, input: Record<string, unknown>): AnyRule {
  const common = {
    id: input.id as string,
    description: (input.description as string | undefined) ?? 'Tenant rule.',
    citation: (input.citation as string | undefined) ?? 'Tenant policy',
    binds: (input.binds as Binds | undefined) ?? 'all',
    reason: (input.reason as ReasonCode | undefined) ?? 'state_medical_debt_reporting_ban',
    legal: false,
    ...(input.effectiveFrom !== undefined ? { effectiveFrom: input.effectiveFrom as string } : {}),
    ...(input.states !== undefined ? { states: input.states as string[] } : {}),
  };
  switch (family) {
    case 'contactWindows':
      return {
        ...common,
        start: input.start as string,
        end: input.end as string,
        channels: (input.channels as Channel[] | undefined) ?? ['call', 'voicemail', 'sms', 'email'],
      };
    case 'callCaps':
      return {
        ...common,
        maxContacts: input.maxContacts as number,
        days: input.days as number,
        channels: (input.channels as Channel[] | undefined) ?? ['call', 'voicemail'],
        perDebt: (input.perDebt as boolean | undefined) ?? true,
        exemptPurposes: (input.exemptPurposes as Purpose[] | undefined) ?? [],
      };
    case 'conversationWaits':
      return { ...common, days: input.days as number, channels: (input.channels as Channel[] | undefined) ?? ['call', 'voicemail'] };
    case 'medicalDebtReportingBans':
      return common;
    case 'ecaWaits':
      return {
        ...common,
        days: input.days as number,
        actions: input.actions as EcaAction[],
        entities: (input.entities as Entity[] | undefined) ?? ['hospital', 'nonprofit_hospital', 'agency'],
      };
  }
}

function checkWindow(rule: { start: string; end: string }, path: string, problems: RuleSetProblem[]): void {
  if (!(parseClock(rule.start) < parseClock(rule.end))) {
    problems.push({ path, message: `start ${rule.start} must be before end ${rule.end}` });
  }
}

/**
 * Applies a tenant's overrides to a base rule set (the shipped one by default). Returns the new
 * rule set, or every problem found (unknown fields and rule ids, loosened legal rules, windows
 * that end before they start...), each with its path.
 */
export function compileRuleSet(overrides: unknown, base: RuleSet = DEFAULT_RULE_SET): CompileRuleSetResult {
  const parsed = RuleSetOverrides.safeParse(overrides);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const o = parsed.data;
  const problems: RuleSetProblem[] = [];
  if (o.extends !== undefined && o.extends !== base.version) {
    problems.push({ path: 'extends', message: `overrides were written for ${o.extends} but the base rule set is ${base.version}` });
  }

  const families: Record<Family, AnyRule[]> = {
    contactWindows: base.contactWindows.map((r) => ({ ...r })),
    callCaps: base.callCaps.map((r) => ({ ...r })),
    conversationWaits: base.conversationWaits.map((r) => ({ ...r })),
    medicalDebtReportingBans: base.medicalDebtReportingBans.map((r) => ({ ...r })),
    ecaWaits: base.ecaWaits.map((r) => ({ ...r })),
  };
  const where = new Map<string, Family>();
  for (const f of FAMILIES) for (const r of families[f]) where.set(r.id, f);

  for (const f of FAMILIES) {
    const added = (o.add?.[f] ?? []) as Record<string, unknown>[];
    added.forEach((input, i) => {
      const path = `add.${f}[${i}]`;
      const id = input.id as string;
      if (where.has(id)) {
        problems.push({ path: `${path}.id`, message: `rule id ${id} already exists` });
        return;
      }
      const rule = withDefaults(f, input);
      if (f === 'contactWindows') checkWindow(rule as ContactWindowRule, path, problems);
      where.set(id, f);
      families[f].push(rule);
    });
  }

  for (const [id, change] of Object.entries(o.override ?? {})) {
    const path = `override.${id}`;
    const f = where.get(id);
    if (!f) {
      problems.push({ path, message: `no rule ${id} to override` });
      continue;
    }
    const list = families[f];
    const idx = list.findIndex((r) => r.id === id);
    const current = list[idx] as AnyRule & Record<string, unknown>;
    const allowed: Record<Family, readonly string[]> = {
      contactWindows: ['start', 'end', 'channels'],
      callCaps: ['maxContacts', 'days', 'channels', 'exemptPurposes'],
      conversationWaits: ['days', 'channels'],
      medicalDebtReportingBans: [],
      ecaWaits: ['days'],
    };
    const common = ['description', 'citation', 'states', 'effectiveFrom'];
    for (const key of Object.keys(change)) {
      if (!allowed[f].includes(key) && !common.includes(key)) {
        problems.push({ path: `${path}.${key}`, message: `${key} does not apply to rule ${id}` });
      }
    }
    if (current.legal) {
      const c = change as Record<string, unknown>;
      const loosened = (key: string, message: string) => problems.push({ path: `${path}.${key}`, message: `${id} is law: ${message}` });
      if (c.maxContacts !== undefined && (c.maxContacts as number) > (current.maxContacts as number)) loosened('maxContacts', `may not exceed ${String(current.maxContacts)}`);
      if (c.days !== undefined && (c.days as number) < (current.days as number)) loosened('days', `may not be fewer than ${String(current.days)}`);
      if (c.start !== undefined && parseClock(c.start as string) < parseClock(current.start as string)) loosened('start', `may not start before ${String(current.start)}`);
      if (c.end !== undefined && parseClock(c.end as string) > parseClock(current.end as string)) loosened('end', `may not end after ${String(current.end)}`);
      if (c.channels !== undefined && !(current.channels as string[]).every((ch) => (c.channels as string[]).includes(ch))) loosened('channels', 'channels may be added, not removed');
      if (c.states !== undefined) loosened('states', 'the states a law covers cannot be changed');
      if (c.effectiveFrom !== undefined) loosened('effectiveFrom', 'the effective date of a law cannot be changed');
      if (c.exemptPurposes !== undefined && !(c.exemptPurposes as string[]).every((p) => (current.exemptPurposes as string[]).includes(p))) loosened('exemptPurposes', 'exemptions may be removed, not added');
    }
    const next = { ...current, ...change } as AnyRule;
    if (f === 'contactWindows') checkWindow(next as ContactWindowRule, path, problems);
    list[idx] = next;
  }

  (o.disable ?? []).forEach((id, i) => {
    const f = where.get(id);
    if (!f) {
      problems.push({ path: `disable[${i}]`, message: `no rule ${id} to disable` });
      return;
    }
    const list = families[f];
    const idx = list.findIndex((r) => r.id === id);
    if ((list[idx] as AnyRule).legal) {
      problems.push({ path: `disable[${i}]`, message: `${id} is law and cannot be disabled` });
      return;
    }
    list.splice(idx, 1);
  });

  for (const f of FAMILIES) {
    families[f].forEach((r, i) => {
      if (r.effectiveFrom !== undefined && Number.isNaN(parseDateDay(r.effectiveFrom))) {
        problems.push({ path: `${f}[${i}].effectiveFrom`, message: 'expected YYYY-MM-DD' });
      }
    });
  }

  if (problems.length > 0) return { ok: false, errors: problems };
  return {
    ok: true,
    ruleSet: deepFreeze({
      version: `${base.version}+${o.version}`,
      contactWindows: families.contactWindows as ContactWindowRule[],
      callCaps: families.callCaps as CallCapRule[],
      conversationWaits: families.conversationWaits as ConversationWaitRule[],
      medicalDebtReportingBans: families.medicalDebtReportingBans as ReportingBanRule[],
      ecaWaits: families.ecaWaits as EcaWaitRule[],
    }),
  };
}
