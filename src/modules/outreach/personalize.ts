import type { AccountSnapshot } from './snapshot.js';
import type { JourneyStep, Language, OutreachChannel, Tone } from './journeys/journey.schema.js';
import { atLocalMs, localDayMs, localHour } from './local-time.js';

/** Hours a message is aimed at when nothing is known about the person (local, first zone). */
const DEFAULT_HOUR: Record<OutreachChannel, number> = { email: 9, sms: 12, call: 10, letter: 9 };

export interface Personalization {
  language: Language;
  tone: Tone;
  /** Channels to try, best first; empty when no allowed channel can reach the person. */
  channels: OutreachChannel[];
  /** Why channels of the step were left out (e.g. `sms:revoked`). */
  skipped: string[];
  /** When the first channel should go out: `now`, or a later slot (a deferral). */
  sendAt: Date;
  preferredHour: number;
}

/** The person's stated hour, else one learned from when they reply or pay, else the channel's default. */
export function preferredHour(s: AccountSnapshot, channel: OutreachChannel): number {
  const zone = s.person.timeZones[0] ?? s.tenant.timeZone;
  const stated = s.person.preferences.sendHour;
  if (typeof stated === 'number' && stated >= 8 && stated <= 20) return stated;
  // The latest inbound item (the first of equals, as a stable sort from the latest would give).
  let inbound: AccountSnapshot['history'][number] | undefined;
  for (const h of s.history) if (h.direction === 'inbound' && (inbound === undefined || h.at.getTime() > inbound.at.getTime())) inbound = h;
  const learnedFrom = inbound?.at ?? s.account.lastPaymentAt;
  if (learnedFrom) {
    const h = localHour(learnedFrom, zone);
    if (h >= 9 && h <= 19) return h;
  }
  return DEFAULT_HOUR[channel];
}

// Plain loops: both are asked for every candidate channel of every decision.
function revoked(s: AccountSnapshot, channel: 'sms' | 'email' | 'call'): boolean {
  for (const r of s.revocations) if (r.channel === channel || r.channel === 'all') return true;
  return false;
}

function hasSmsConsent(s: AccountSnapshot, now: Date): boolean {
  // A prior-express consent on call or SMS covers both (the TCPA treats texts as calls).
  const t = now.getTime();
  for (const c of s.consents) {
    if (c.type === 'prior_express' && (c.channel === 'sms' || c.channel === 'call') && c.givenAt.getTime() <= t && (!c.until || c.until.getTime() > t)) return true;
  }
  return false;
}

/** The best-ranked contact point of a system (the first of equals, as a stable sort would give). */
function bestContact(s: AccountSnapshot, system: 'phone' | 'email', mobileOnly: boolean): string | null {
  let best: AccountSnapshot['contactPoints'][number] | null = null;
  for (const c of s.contactPoints) {
    if (c.system !== system || (mobileOnly && c.use !== 'mobile')) continue;
    if (!best || c.rank < best.rank) best = c;
  }
  return best?.value ?? null;
}

/** The address a channel would use, or null when the person cannot be reached on it. */
export function addressFor(s: AccountSnapshot, channel: OutreachChannel): string | null {
  switch (channel) {
    case 'email':
      return bestContact(s, 'email', false);
    case 'sms':
      return bestContact(s, 'phone', true);
    case 'call':
      return bestContact(s, 'phone', false);
    case 'letter':
      return 'postal';
  }
}

/** Why a channel was left out, one shared text per channel and reason. */
const SKIPPED_REVOKED: Record<OutreachChannel, string> = { email: 'email:revoked', sms: 'sms:revoked', call: 'call:revoked', letter: 'letter:revoked' };
const SKIPPED_NO_ADDRESS: Record<OutreachChannel, string> = { email: 'email:no_address', sms: 'sms:no_address', call: 'call:no_address', letter: 'letter:no_address' };

/** Whether a channel of the step can reach the person: into `channels`, or why not into `skipped`. */
function consider(s: AccountSnapshot, step: JourneyStep, now: Date, ch: OutreachChannel, channels: OutreachChannel[], skipped: string[]): void {
  if (ch !== 'letter' && revoked(s, ch)) skipped.push(SKIPPED_REVOKED[ch]);
  // Paperless: no letters, except the written notices the law requires on paper.
  else if (ch === 'letter' && s.person.preferences.paperless && step.purpose !== 'required_notice') skipped.push('letter:paperless');
  else if (!addressFor(s, ch)) skipped.push(SKIPPED_NO_ADDRESS[ch]);
  else if (ch === 'sms' && !hasSmsConsent(s, now)) skipped.push('sms:no_consent');
  else channels.push(ch);
}

/**
 * Channel, send time, language and tone for one step (pure). Channels the person opted out of,
 * or that lack consent or an address, are left out here so compliance is asked only about real
 * candidates; compliance still re-checks every one of them.
 */
export function personalize(s: AccountSnapshot, step: JourneyStep, now: Date): Personalization {
  const language: Language = s.person.language === 'es' ? 'es' : 'en';
  // Likely hardship (scoring) softens an urgent step to warm; a score never makes a message harsher.
  const softened: Tone = step.tone === 'urgent_but_kind' && (s.scoring?.hardship ?? 0) >= 0.5 ? 'warm' : step.tone;
  const tone: Tone = s.person.preferences.tone ?? softened;
  const preferred = s.person.preferences.channel;
  // The preferred channel first, then the step's others in order (no reordered copy is built).
  const lead = preferred && step.channels.includes(preferred) ? preferred : null;
  const channels: OutreachChannel[] = [];
  const skipped: string[] = [];
  if (lead) consider(s, step, now, lead, channels, skipped);
  for (const ch of step.channels) if (ch !== lead) consider(s, step, now, ch, channels, skipped);
  const first = channels[0] ?? step.channels[0]!;
  const hour = preferredHour(s, first);
  return { language, tone, channels, skipped, sendAt: nextSlot(s, hour, now), preferredHour: hour };
}

/**
 * The earliest instant, not before `now`, at the preferred hour or later on a day, inside
 * 08:00-21:00 in every zone of the person. Later than `now` means "defer until then".
 */
export function nextSlot(s: AccountSnapshot, hour: number, now: Date): Date {
  const zones = s.person.timeZones.length ? s.person.timeZones : [s.tenant.timeZone];
  const zone = zones[0]!;
  const nowMs = now.getTime();
  // In epoch milliseconds and day numbers (asked at every decision): the same instants as
  // windowInAllZones and atLocal give, without a Date per step.
  const today = localDayMs(nowMs, zone);
  for (let d = 0; d < 3; d++) {
    const day = today + d;
    let start = -Infinity;
    let end = Infinity;
    for (const z of zones) {
      start = Math.max(start, atLocalMs(day, 8, 0, z));
      end = Math.min(end, atLocalMs(day, 21, 0, z));
    }
    if (!(start < end)) continue;
    // Keep a margin before the window closes so a queued send still lands inside it.
    const lastStart = end - 30 * 60_000;
    let target = atLocalMs(day, hour, 0, zone);
    if (target < start) target = start;
    if (target > lastStart) target = lastStart;
    if (nowMs <= target) return new Date(target);
    if (nowMs >= start && nowMs <= lastStart) return now;
  }
  return now;
}
