import { fplGuidelineCents, formatDay, MS_PER_DAY, parseDateDay, STATE_TIME_ZONES } from '../compliance/index.js';
import type { AccountSnapshot } from '../outreach/pure.js';
import { SeededRandom } from './random.js';
import type { BehaviourModel } from './simulation-config.js';

export const CHANNEL_CODES = ['email', 'sms', 'letter', 'call'] as const;
export type SimChannel = (typeof CHANNEL_CODES)[number];

/**
 * The synthetic book the strategies are compared on: one typed array per attribute (a row per
 * account), drawn once per seed and shared read-only by every strategy, so strategies differ only
 * by what they do (common random numbers).
 */
export interface Population {
  size: number;
  /** Patient balance when it first became due (cents). */
  balanceCents: Int32Array;
  /** Index into BALANCE_BANDS / INCOME_BANDS. */
  balanceBand: Uint8Array;
  incomeBand: Uint8Array;
  /** 0 insured (a balance after insurance), 1 self-pay. */
  payerType: Uint8Array;
  /** 0 English, 1 Spanish. */
  language: Uint8Array;
  /** Index into `states`. */
  stateIndex: Uint8Array;
  householdSize: Uint8Array;
  annualIncomeCents: Float64Array;
  /** Index into CHANNEL_CODES. */
  preferredChannel: Uint8Array;
  /** Days since 1970-01-01 (UTC calendar) of the first statement and of the due date. */
  statementDay: Int32Array;
  dueDay: Int32Array;
  /** Bit 1 email, 2 phone, 4 mobile, 8 SMS consent, 16 will dispute when engaged. */
  reach: Uint8Array;
  /** The person's own propensity multiplier (log-normal, mean 1): people differ within a segment. */
  propensity: Float32Array;
  states: string[];
  zonesByState: string[][];
  /** Per account: ids and the immutable parts of the outreach snapshot. */
  accountIds: string[];
  contactPoints: Array<AccountSnapshot['contactPoints']>;
  consents: Array<AccountSnapshot['consents']>;
}

export const REACH_EMAIL = 1;
export const REACH_PHONE = 2;
export const REACH_MOBILE = 4;
export const REACH_SMS_CONSENT = 8;
export const REACH_DISPUTER = 16;

function pickIndex(rnd: SeededRandom, shares: readonly number[]): number {
  let r = rnd.next();
  for (let i = 0; i < shares.length; i++) {
    r -= shares[i]!;
    if (r < 0) return i;
  }
  return shares.length - 1;
}

/** A standard normal draw (Box-Muller) from the seeded stream. */
export function normal(rnd: SeededRandom): number {
  const u = Math.max(rnd.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.next());
}

/**
 * Draws `size` accounts from the model's segment mix (deterministic for a seed). `keep` names the
 * accounts whose ids, contact points and consents (objects) are needed: a thread simulating some
 * replications draws every account (one stream) but keeps those objects for its own only. The
 * typed-array attributes are kept for all.
 */
export function buildPopulation(model: BehaviourModel, size: number, seed: number, keep: (i: number) => boolean = () => true): Population {
  const p = model.population;
  const rnd = new SeededRandom(seed ^ 0x5eed);
  const states = p.states.map((s) => s.state);
  const zonesByState = states.map((s) => [...(STATE_TIME_ZONES[s] ?? ['America/New_York'])]);
  const start = parseDateDay(model.startOn);
  const year = Number(model.startOn.slice(0, 4));
  const fplYear = year >= 2026 ? 2026 : 2025;
  const pop: Population = {
    size,
    balanceCents: new Int32Array(size),
    balanceBand: new Uint8Array(size),
    incomeBand: new Uint8Array(size),
    payerType: new Uint8Array(size),
    language: new Uint8Array(size),
    stateIndex: new Uint8Array(size),
    householdSize: new Uint8Array(size),
    annualIncomeCents: new Float64Array(size),
    preferredChannel: new Uint8Array(size),
    statementDay: new Int32Array(size),
    dueDay: new Int32Array(size),
    reach: new Uint8Array(size),
    propensity: new Float32Array(size),
    states,
    zonesByState,
    accountIds: new Array<string>(size),
    contactPoints: new Array<AccountSnapshot['contactPoints']>(size),
    consents: new Array<AccountSnapshot['consents']>(size),
  };
  const bandShares = p.balanceBands.map((b) => b.share);
  const incomeShares = p.incomeBands.map((b) => b.share);
  const stateShares = p.states.map((s) => s.share);
  const channelShares = CHANNEL_CODES.map((c) => p.preferredChannel[c]);
  const sd = p.heterogeneitySd;
  for (let i = 0; i < size; i++) {
    const band = pickIndex(rnd, bandShares);
    const b = p.balanceBands[band]!;
    // Log-uniform inside the band: small balances are much more common than large ones.
    const balance = Math.round(Math.exp(Math.log(b.minCents) + rnd.next() * (Math.log(b.maxCents) - Math.log(b.minCents))));
    pop.balanceCents[i] = balance;
    pop.balanceBand[i] = band;
    const income = pickIndex(rnd, incomeShares);
    pop.incomeBand[i] = income;
    pop.payerType[i] = rnd.chance(p.payerTypes.self_pay) ? 1 : 0;
    pop.language[i] = rnd.chance(p.languages.es) ? 1 : 0;
    const st = pickIndex(rnd, stateShares);
    pop.stateIndex[i] = st;
    const hh = pickIndex(rnd, p.householdSize) + 1;
    pop.householdSize[i] = hh;
    const ib = p.incomeBands[income]!;
    const fplPct = ib.minFplPercent + rnd.next() * (ib.maxFplPercent - ib.minFplPercent);
    const region = states[st] === 'AK' ? 'alaska' : states[st] === 'HI' ? 'hawaii' : 'contiguous';
    pop.annualIncomeCents[i] = Math.round((fplGuidelineCents(fplYear, region, hh) * fplPct) / 100);
    pop.preferredChannel[i] = pickIndex(rnd, channelShares);
    const stmt = start + Math.floor(rnd.next() * p.statementSpreadDays);
    pop.statementDay[i] = stmt;
    pop.dueDay[i] = stmt + p.dueAfterStatementDays;
    let reach = 0;
    if (rnd.chance(p.reach.email)) reach |= REACH_EMAIL;
    if (rnd.chance(p.reach.phone)) {
      reach |= REACH_PHONE;
      if (rnd.chance(p.reach.mobileGivenPhone)) {
        reach |= REACH_MOBILE;
        if (rnd.chance(p.reach.smsConsentGivenMobile)) reach |= REACH_SMS_CONSENT;
      }
    }
    if (rnd.chance(p.disputeShare)) reach |= REACH_DISPUTER;
    pop.reach[i] = reach;
    pop.propensity[i] = Math.exp(sd * normal(rnd) - (sd * sd) / 2);
    if (!keep(i)) continue;
    const id = `sim-${i}`;
    pop.accountIds[i] = id;
    const points: AccountSnapshot['contactPoints'] = [];
    if (reach & REACH_EMAIL) points.push({ system: 'email', value: `${id}@example.test`, use: 'home', rank: 1, verified: true });
    if (reach & REACH_PHONE) points.push({ system: 'phone', value: `+1555${String(1_000_000 + i).slice(-7)}`, use: reach & REACH_MOBILE ? 'mobile' : 'home', rank: 1, verified: true });
    pop.contactPoints[i] = points;
    pop.consents[i] = reach & REACH_SMS_CONSENT ? [{ channel: 'sms', type: 'prior_express', givenTo: 'creditor', givenAt: new Date((stmt - 20) * MS_PER_DAY), until: null }] : [];
  }
  return pop;
}

/** YYYY-MM-DD of a day number (cached: a population shares a few hundred dates). */
const dayStrings = new Map<number, string>();
export function dayString(day: number): string {
  let s = dayStrings.get(day);
  if (s === undefined) dayStrings.set(day, (s = formatDay(day)));
  return s;
}
