import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stableId } from '../../platform/ids/index.js';
import { evaluate, findClinicalTerms, hasOptOutNotice, KNOWN_PART_MIN_LENGTH } from '../compliance/index.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { LANGUAGES, TONES } from './journeys/journey.schema.js';
import { formatCents } from '../../platform/money/index.js';
import { formatLocalDate } from '../../platform/time/index.js';
import { collectorOf } from './compliance-questions.js';
import { formatAmount, renderMessage, renderMessageWithParts, verifyCodeFor } from './render-message.js';
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

/**
 * The render as it was written before templates were compiled: every value in an object, each
 * text filled in turn (greeting, tone line and closing first, each seeing the ones before it),
 * then the channel's closing lines joined on. The compiled render must write the same texts.
 */
function referenceRender(input: Parameters<typeof renderMessage>[0]) {
  const fill = (text: string, vars: Record<string, string>) => {
    const parts = text.split(/\{\{\s*(\w+)\s*\}\}/g);
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += (vars[parts[i]!] ?? '') + parts[i + 1]!;
    return out;
  };
  const cat = input.catalogs[input.language];
  const tpl = cat.templates[input.template]![input.channel]!;
  const s = input.snapshot;
  let next: { dueOn: string; amountCents: number; paidCents: number } | undefined;
  for (const i of s.plan?.installments ?? []) if (i.paidCents < i.amountCents && (next === undefined || i.dueOn.localeCompare(next.dueOn) < 0)) next = i;
  const verifyCode = verifyCodeFor(input.communicationId);
  const base = input.publicUrl.replace(/\/$/, '');
  const vars: Record<string, string> = {
    firstName: s.person.givenName,
    org: s.tenant.name,
    orgPhone: s.tenant.phone,
    amount: formatAmount(s.account.patientDueCents, cat.locale),
    dueDate: s.account.dueOn ? formatLocalDate(s.account.dueOn, cat.locale) : '',
    link: input.linkCode ? `${base}/p/${input.linkCode}` : `${base}/p`,
    verifyCode,
    verifyUrl: `${base}/verify`,
    surveyLink: input.linkCode ? `${base}/s/${input.linkCode}` : `${base}/p`,
    installmentAmount: next ? formatAmount(next.amountCents - next.paidCents, cat.locale) : '',
    installmentDueDate: next ? formatLocalDate(next.dueOn, cat.locale) : '',
    accountRef: s.account.externalRef,
    agentName: s.tenant.agentName,
  };
  const tone = cat.tones[input.tone];
  vars.greeting = fill(tone.greeting, vars);
  vars.toneLine = fill(tone.line, vars);
  vars.closing = fill(tone.closing, vars);
  const verify = fill(cat.verify, vars);
  let body = fill(tpl.body, vars);
  const disclosure = collectorOf(s).role === 'debt_collector' ? cat.collectorDisclosure : null;
  const codeLine = { en: (url: string, code: string) => `To see your bill online, go to ${url} and type this code: ${code}`, es: (url: string, code: string) => `Para ver su factura en línea, entre a ${url} y escriba este código: ${code}` };
  const linkLine = { en: (link: string) => `Your secure page: ${link}`, es: (link: string) => `Su página segura: ${link}` };
  if (input.channel === 'sms') body = `${disclosure ? `${disclosure} ` : ''}${body} ${verify} ${cat.optOut.sms}`;
  else if (input.channel === 'email') body = `${body}\n\n${disclosure ? `${disclosure}\n` : ''}${verify}\n${cat.optOut.email}`;
  else if (input.channel === 'letter') {
    if (input.linkCode) {
      const own = body.includes(vars.link!) ? '' : `${linkLine[input.language](vars.link!)}\n`;
      body = `${body}\n\n${own}${codeLine[input.language](`${base}/p`, input.linkCode.match(/.{1,4}/g)!.join('-'))}\n${verify}`;
    } else body = `${body}\n\n${verify}`;
  } else if (input.channel === 'call') body = `${body}\n\nIf they ask whether this call is genuine: they can go to ${vars.verifyUrl!} and enter code ${verifyCode}.`;
  return { subject: tpl.subject ? fill(tpl.subject, vars) : null, body, voicemail: tpl.voicemail ? fill(tpl.voicemail, vars) : null, verifyCode };
}

/** Known parts where they are said to be: ascending, not overlapping, long enough. */
function expectKnownParts(text: string | null, known: ReadonlyArray<number | string> | null, label: string): void {
  if (text === null) return expect(known, label).toBeNull();
  let end = 0;
  for (let k = 0; k < known!.length; k += 2) {
    const at = known![k] as number;
    const part = known![k + 1] as string;
    expect(part.length, label).toBeGreaterThanOrEqual(KNOWN_PART_MIN_LENGTH);
    expect(at >= end && text.startsWith(part, at), `${label} @${at}`).toBe(true);
    end = at + part.length;
  }
}

describe('compiled templates', () => {
  // A fixed-seed generator (mulberry32): the same inputs on every run.
  let seed = 20261207;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const names = ['Mary', 'Pat', 'José', '', 'Heart', 'Ana María'];
  const orgs = ['Riverbend Community Hospital', 'Lakeside Oncology', 'Mercy Heart', 'St. Anne', 'Clinic'];
  const urls = ['https://pay.example', 'https://bills.example/', 'http://localhost:3000'];
  const links = [null, 'ABCDEFGHJKMN', 'SIMULATED', 'XY'];
  const plans = [null, { status: 'active', installments: [{ seq: 1, dueOn: '2026-04-01', amountCents: 4000, paidCents: 1500 }] }];

  it('write exactly what filling each text in turn wrote, with their fixed wording where they say', () => {
    let compared = 0;
    for (const language of LANGUAGES) {
      for (const [template, t] of Object.entries(config.templates[language].templates)) {
        for (const channel of ['sms', 'email', 'letter', 'call'] as const) {
          if (!t[channel]) continue;
          for (const tone of TONES) {
            for (let r = 0; r < 6; r++) {
              const agency = random() < 0.3;
              const s = snapshot({
                tenant: { name: pick(orgs), ...(agency ? { kind: 'agency', collectorRole: 'debt_collector' } : {}) },
                person: { givenName: pick(names) },
                account: { patientDueCents: Math.floor(random() * 10 ** (1 + Math.floor(random() * 8))), dueOn: random() < 0.1 ? null : `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, externalRef: `ENC-${r}` },
                plan: pick(plans) as unknown as PlanView,
              });
              const input = { catalogs: config.templates, template, channel, language, tone, snapshot: s, communicationId: `c-${compared}`, publicUrl: pick(urls), linkCode: channel === 'call' ? null : pick(links) };
              const got = renderMessageWithParts(input);
              const { known, ...message } = got;
              expect(message, `${language}/${template}/${channel}/${tone}`).toEqual(referenceRender(input));
              expect(renderMessage(input)).toEqual(message);
              expectKnownParts(got.subject, known.subject, 'subject');
              expectKnownParts(got.body, known.body, 'body');
              expectKnownParts(got.voicemail, known.voicemail, 'voicemail');
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('write what filling wrote for placeholders in odd places, names outside the list and a changed text', () => {
    const en = structuredClone(config.templates.en);
    en.tones.warm = { greeting: 'Hi {{ firstName }}{{greeting}}{{closing}},', line: '{{greeting}} and {{toneLine}}: {{amount}}', closing: '{{toneLine}}{{closing}}\n{{ org }}' };
    en.verify = 'Code {{verifyCode}} at {{verifyUrl}}{{verify}}{{greeting}}';
    en.templates['pre-due-reminder']!.email = { subject: '{{toString}} {{constructor}} {{__proto__}} {{portalUrl}} {{groupedCode}}', body: '{{greeting}}|{{toneLine}}|{{closing}}|{{hasOwnProperty}}|{{nothing}}|{{link}}{{surveyLink}}' };
    en.templates['pre-due-reminder']!.letter = { subject: '{{org}}', body: 'See {{link}} for {{accountRef}}.' };
    const catalogs = { ...config.templates, en };
    for (const channel of ['email', 'letter'] as const) {
      for (const linkCode of [null, 'ABCDEFGH']) {
        const input = { catalogs, template: 'pre-due-reminder', channel, language: 'en' as const, tone: 'warm' as const, snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://pay.example/', linkCode };
        expect(renderMessage(input), `${channel} ${linkCode}`).toEqual(referenceRender(input));
      }
    }
    // The same template object with a changed text renders the new text.
    const input = { catalogs, template: 'pre-due-reminder', channel: 'email' as const, language: 'en' as const, tone: 'warm' as const, snapshot: snapshot(), communicationId: 'c1', publicUrl: 'https://pay.example/' };
    const before = renderMessage(input).body;
    en.templates['pre-due-reminder']!.email!.body = 'Changed: {{amount}}';
    expect(renderMessage(input).body).not.toBe(before);
    expect(renderMessage(input)).toEqual(referenceRender(input));
  });
});
