import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stableId } from '../../platform/ids/index.js';
import { evaluate, findClinicalTerms, hasOptOutNotice } from '../compliance/index.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { LANGUAGES, TONES } from './journeys/journey.schema.js';
import { formatCents } from '../../platform/money/index.js';
import { formatAmount, renderMessage, verifyCodeFor } from './render-message.js';
import type { PlanView } from './snapshot.js';
import { snapshot } from './testing/snapshot-builder.js';

const config = loadOutreachConfig();

describe('rendering messages', () => {
  it("says it comes from a debt collector in an agency's texts and emails, and only there (Reg F § 1006.18(e))", () => {
    const agency = snapshot({ tenant: { kind: 'agency', collectorRole: 'debt_collector' } });
    for (const language of LANGUAGES) {
      for (const channel of ['sms', 'email'] as const) {
        const m = renderMessage({ catalogs: config.templates, template: 'pre-due-reminder', channel, language, tone: 'warm', snapshot: agency, communicationId: 'c1', publicUrl: 'https://pay.example' });
        const decision = evaluate({ id: 'm', kind: 'message_content', collector: { role: 'debt_collector', entity: 'agency' }, channel, subject: m.subject ?? undefined, body: m.body }) as { allowed: boolean; reasons: string[] };
        expect(decision.reasons, `${language}/${channel}`).not.toContain('reg_f_missing_debt_collector_disclosure');
        const hospital = renderMessage({ catalogs: config.templates, template: 'pre-due-reminder', channel, language, tone: 'warm', snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://pay.example' });
        expect(hospital.body).not.toContain(config.templates[language].collectorDisclosure);
      }
    }
  });

  it('gives every message a 6-character verification code derived from its id', () => {
    const code = verifyCodeFor('comm-1');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(verifyCodeFor('comm-1')).toBe(code);
    expect(verifyCodeFor('comm-2')).not.toBe(code);
  });

  it('derives the code from the first six bytes of the SHA-256 of the id, as codes already printed were', () => {
    // The digest is read as one character per byte; this is the Buffer reading it replaced.
    const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    const byBuffer = (id: string) => [...hash('sha256', `kindly-verify:${id}`, 'buffer').subarray(0, 6)].map((b) => alphabet[b % alphabet.length]).join('');
    expect(verifyCodeFor('comm-1')).toBe('5BBCV6');
    for (let i = 0; i < 5000; i++) {
      const id = i % 3 === 0 ? stableId('comm', `acct-${i}`, 'journey@1', `step@${i % 40}`, i % 4) : `ñ-${i}-€-${(i * 2654435761) >>> 0}`;
      expect(verifyCodeFor(id), id).toBe(byBuffer(id));
    }
  });

  it('writes in Spanish with local money and dates, and the opt-out and verification lines', () => {
    const m = renderMessage({ catalogs: config.templates, template: 'pre-due-reminder', channel: 'email', language: 'es', tone: 'warm', snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://pay.example' });
    expect(m.subject).toBe('Un recordatorio amable de Riverbend Community Hospital');
    expect(m.body).toContain('Hola, Mary:');
    expect(m.body).toContain('20 de marzo de 2026');
    expect(m.body).toContain('$250.00');
    expect(m.body).toContain(`código ${verifyCodeFor('c1')}`);
    expect(m.verifyCode).toBe(verifyCodeFor('c1'));
    expect(m.body).toContain('responda STOP');
  });

  it('keeps texts minimal: no amount, no clinical detail, an opt-out, in every tone and language', () => {
    for (const language of LANGUAGES) {
      for (const tone of TONES) {
        for (const [name, t] of Object.entries(config.templates[language].templates)) {
          for (const channel of ['sms', 'email'] as const) {
            if (!t[channel]) continue;
            const m = renderMessage({ catalogs: config.templates, template: name, channel, language, tone, snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://pay.example' });
            const all = `${m.subject ?? ''}\n${m.body}`;
            expect(findClinicalTerms(all), `${language}/${name}/${channel}`).toEqual([]);
            expect(hasOptOutNotice(all), `${language}/${name}/${channel}`).toBe(true);
            if (channel === 'sms') expect(m.body, `${language}/${name}`).not.toContain('$');
            if (m.subject) expect(m.subject, `${language}/${name}`).not.toContain('$');
          }
        }
      }
    }
  });

  it("prints the person's own short link, and on letters the code to type; a call script carries its verify code", () => {
    const base = { catalogs: config.templates, tone: 'warm' as const, snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://bills.example/', linkCode: 'ABCDEFGHJKMN' };
    const sms = renderMessage({ ...base, template: 'pre-due-reminder', channel: 'sms', language: 'en' });
    expect(sms.body).toContain('https://bills.example/p/ABCDEFGHJKMN');
    expect(sms.body).not.toMatch(/\/pay\b/);
    const letter = renderMessage({ ...base, template: 'thank-you', channel: 'letter', language: 'es' });
    expect(letter.body).toContain('Su página segura: https://bills.example/p/ABCDEFGHJKMN');
    expect(letter.body).toContain('entre a https://bills.example/p y escriba este código: ABCD-EFGH-JKMN');
    const thanks = renderMessage({ ...base, template: 'thank-you', channel: 'email', language: 'en' });
    expect(thanks.body).toContain('https://bills.example/s/ABCDEFGHJKMN');
    const call = renderMessage({ ...base, template: 'past-due-checkin', channel: 'call', language: 'en', linkCode: null });
    expect(call.body).toContain(`https://bills.example/verify and enter code ${verifyCodeFor('c1')}`);
  });

  it('writes amounts exactly as formatCents does, in both languages', () => {
    for (const locale of ['en-US', 'es-US', 'de-DE', 'fr-FR']) {
      for (let i = 0; i < 4000; i++) {
        // Amounts of every length, both ends of each power of ten, and a few that fall back to Intl.
        const digits = 1 + (i % 13);
        const cents = i % 500 === 0 ? [-1250, 0.5, 1e15, 2 ** 60][(i / 500) % 4]! : i % 2 ? 10 ** digits - 1 - (i % 7) : 10 ** (digits - 1) + ((i * 7919) % 10 ** (digits - 1));
        expect(formatAmount(cents, locale), `${locale} ${cents}`).toBe(formatCents(cents, locale));
      }
    }
  });

  it("names the plan's earliest unpaid installment, the first of equal dates", () => {
    const installments = [
      { seq: 1, dueOn: '2026-03-01', amountCents: 5000, paidCents: 5000 },
      { seq: 2, dueOn: '2026-05-01', amountCents: 5000, paidCents: 0 },
      { seq: 3, dueOn: '2026-04-01', amountCents: 4000, paidCents: 1500 },
      { seq: 4, dueOn: '2026-04-01', amountCents: 7000, paidCents: 0 },
    ];
    const withPlan = snapshot({ plan: { status: 'active', installments } as unknown as PlanView });
    const m = renderMessage({ catalogs: config.templates, template: 'installment-reminder', channel: 'email', language: 'en', tone: 'warm', snapshot: withPlan, communicationId: 'c1', publicUrl: 'https://pay.example/' });
    expect(m.body).toContain('Your plan payment of $25.00 is due April 1, 2026.');
  });
});
