import { describe, expect, it } from 'vitest';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { addDays, atLocal, localDate, windowInAllZones } from './local-time.js';
import { nextSlot, personalize } from './personalize.js';
import { snapshot } from './testing/snapshot-builder.js';

const step = (id: string) => loadOutreachConfig().journeys.flatMap((j) => j.steps).find((s) => s.id === id)!;

describe('personalization', () => {
  it("puts the person's preferred channel first and leaves out channels they opted out of or never consented to", () => {
    const now = new Date('2026-03-12T16:00:00Z');
    expect(personalize(snapshot({ person: { preferences: { channel: 'letter' } } }), step('statement-ready'), now).channels).toEqual(['letter', 'email', 'sms']);
    const revoked = personalize(snapshot({ revocations: [{ channel: 'sms', receivedAt: new Date('2026-03-01T00:00:00Z'), means: 'sms_reply', text: 'STOP' }] }), step('pre-due-reminder'), now);
    expect(revoked.channels).toEqual(['email']);
    expect(revoked.skipped).toEqual(['sms:revoked']);
    expect(personalize(snapshot({ consents: [] }), step('pre-due-reminder'), now).skipped).toEqual(['sms:no_consent']);
  });

  it('writes in Spanish to Spanish speakers and keeps a stated tone', () => {
    const p = personalize(snapshot({ person: { language: 'es', preferences: { tone: 'informative' } } }), step('gentle-reminder'), new Date('2026-03-25T16:00:00Z'));
    expect(p.language).toBe('es');
    expect(p.tone).toBe('informative');
  });

  it('waits for the preferred hour, inside 8:00-21:00 in every zone the person may be in', () => {
    // New York and Los Angeles: 9:00 in New York is 6:00 in Los Angeles, so 11:00 New York time.
    const twoZones = snapshot({ person: { timeZones: ['America/New_York', 'America/Los_Angeles'], preferences: { sendHour: 9 } } });
    expect(nextSlot(twoZones, 9, new Date('2026-03-12T11:00:00Z')).toISOString()).toBe('2026-03-12T15:00:00.000Z');
    // Already past the preferred hour but inside the window: now.
    const now = new Date('2026-03-12T18:10:00Z');
    expect(nextSlot(twoZones, 9, now)).toEqual(now);
    // After the window closes: tomorrow.
    expect(nextSlot(twoZones, 9, new Date('2026-03-13T01:00:00Z')).toISOString()).toBe('2026-03-13T15:00:00.000Z');
  });

  it('learns the hour from when the person last wrote to us', () => {
    const s = snapshot({ history: [{ channel: 'sms', direction: 'inbound', at: new Date('2026-03-10T22:30:00Z'), status: 'received', outcome: null, accountId: 'a1' }] });
    expect(personalize(s, step('pre-due-reminder'), new Date('2026-03-13T05:00:00Z')).preferredHour).toBe(18);
  });
});

describe('the next send slot', () => {
  /** The slot as the calendar functions give it, day by day (the definition nextSlot follows). */
  function slotByCalendar(zones: string[], hour: number, now: Date): Date {
    const zone = zones[0]!;
    const today = localDate(now, zone);
    for (let d = 0; d < 3; d++) {
      const date = addDays(today, d);
      const win = windowInAllZones(date, zones);
      if (!win) continue;
      const lastStart = new Date(win.end.getTime() - 30 * 60_000);
      let target = atLocal(date, hour, 0, zone);
      if (target < win.start) target = win.start;
      if (target > lastStart) target = lastStart;
      if (now <= target) return target;
      if (now >= win.start && now <= lastStart) return now;
    }
    return now;
  }

  it('is the one the calendar gives, at every quarter hour around the daylight-saving changes, in one zone or several', () => {
    const zoneSets = [['America/New_York'], ['America/Los_Angeles', 'America/New_York'], ['America/Phoenix', 'America/Denver'], ['Pacific/Honolulu', 'America/Anchorage'], ['America/Chicago']];
    const people = zoneSets.map((zones) => ({ zones, s: snapshot({ person: { timeZones: zones } }) }));
    const differ: string[] = [];
    let compared = 0;
    for (const start of ['2026-03-06T00:00:00Z', '2026-10-30T00:00:00Z', '2026-06-15T00:00:00Z']) {
      for (let t = Date.parse(start); t < Date.parse(start) + 4 * 86_400_000; t += 15 * 60_000) {
        for (const { zones, s } of people) {
          for (const hour of [0, 8, 9, 12, 20, 23]) {
            const now = new Date(t);
            if (nextSlot(s, hour, now).getTime() !== slotByCalendar(zones, hour, now).getTime()) differ.push(`${zones.join(',')} ${hour}:00 from ${now.toISOString()}`);
            compared++;
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBe(3 * 4 * 96 * 5 * 6);
  });
});
