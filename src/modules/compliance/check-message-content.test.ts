import { describe, expect, it } from 'vitest';
import { detectRevocation, findClinicalTerms, hasClinicalTerms, limitedContentProblems } from './index.js';
import { regexStarts } from './regex-starts.js';
import { hospital, message } from './test-helpers.js';

/** The 1006.18(e) disclosure, so that opt-out tests isolate the opt-out rule. */
const DC = 'From a debt collector. ';

describe('HIPAA minimum necessary in message content', () => {
  it('keeps clinical detail out of texts, voicemails and email subjects', () => {
    expect(message({ collector: hospital, channel: 'sms', body: 'Mercy General: your MRI bill is ready.' }).reasons).toEqual(['hipaa_minimum_necessary']);
    expect(message({ collector: hospital, channel: 'voicemail', body: 'Hi, this is Ana from Lakeside Oncology, please call 555-201-3344.' }).reasons).toEqual(['hipaa_minimum_necessary']);
    expect(
      message({ collector: hospital, channel: 'email', subject: 'Your colonoscopy statement', body: 'A statement is ready.', recipientVerified: true }).reasons,
    ).toEqual(['hipaa_minimum_necessary']);
  });

  it('allows detail in an email body or letter only when the recipient was verified', () => {
    const body = 'Your physical therapy visits on May 3 and May 10 are itemized below.';
    expect(message({ collector: hospital, channel: 'email', subject: 'Your statement', body }).allowed).toBe(false);
    expect(message({ collector: hospital, channel: 'email', subject: 'Your statement', body, recipientVerified: true }).allowed).toBe(true);
    expect(message({ collector: hospital, channel: 'letter', body }).allowed).toBe(false);
    expect(message({ collector: hospital, channel: 'letter', body, recipientVerified: true }).allowed).toBe(true);
  });

  it('does not trip on ordinary billing words or hospital names', () => {
    for (const body of [
      'Sacred Heart Hospital: a new statement is ready. Reply STOP to opt out.',
      'Free financial counseling is available; ask about payment plans and assistance.',
      "Riverbend Children's Hospital: your balance of $120.00 is due June 1.",
      'Our office hours of operation are 9-5. Terms and conditions apply.',
    ]) {
      expect(findClinicalTerms(body), body).toEqual([]);
    }
  });

  it('finds diagnosis and billing codes', () => {
    expect(findClinicalTerms('Claim for F32.9 (CPT 90837)')).toEqual(expect.arrayContaining(['CPT', 'F32.9']));
  });

  it('answers exactly as the patterns do, though it tries them only where a word could begin a match', () => {
    // Pieces that sit on either side of word edges and the first-characters tables: phrases,
    // the lookbehind before "counseling", codes with a dot, case-sensitive acronyms, words that
    // share a match's first letters ("your" / "your treatment", "para" / "paramedics"), short
    // words at the very end, and non-ASCII letters.
    const words = [
      'financial', 'credit', 'debt', 'budget', 'counseling', 'counselling', 'heart', 'center', 'blood', 'test', 'work', 'F32.9', 'F32', '9',
      'CPT', 'cpt', 'ER', 'er', 'ICU', 'x-ray', 'x', 'ray', "women's", 'women’s', 'health', 'ob/gyn', 'ob', 'gyn', 'oncology', 'Hi Pat', '$100.48',
      'your balance', 'is due', 'Sacred Heart Hospital', 'call 1-800-555-0134', 'http://localhost:3000/pay', 'STOP', 'mental', 'urgent', 'care',
      'Dr', 'labor and delivery', 'labour', 'delivery', 'ED', 'visit', 'ct', 'scan', 'ICD-10', 'planned', 'Parenthood', 'family', 'planning',
      'your', 'treatment', 'procedure', 'condition', 'ONCOLOGY', 'Chemotherapy', 'chemo', 'para', 'paramedic', 'hospital', 'hospice', 'medical',
      'Z99.89', 'a1', 'HIV', 'hiv', 'é', 'ñ', 'café', 'ÉR', 'x ray', 'xray', 'mri', 'MRI.', 'you', 'the', 'therapy', '_er', 'er_', '2er',
    ];
    const seps = [' ', ', ', '. ', '.', ',', '\n', '\n\n', '! ', '? ', '; ', ': ', ' - ', '/', "'", '.\n', ',\n', '  ', '(', ') ', '¿', '¡', '', '-'];
    // A fixed-seed generator (mulberry32): the same messages on every run.
    let seed = 20261205;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
    let flagged = 0;
    for (let i = 0; i < 20000; i++) {
      let text = pick(words);
      for (let n = Math.floor(random() * 8); n > 0; n--) text += pick(seps) + pick(words);
      const expected = findClinicalTerms(text).length > 0;
      if (expected) flagged++;
      expect(hasClinicalTerms(text), JSON.stringify(text)).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(flagged).toBeGreaterThan(4000);
    expect(flagged).toBeLessThan(18000);
  });

  it('reads the first characters of every match from the pattern sources', () => {
    const starts = regexStarts(String.raw`\b(?:x[- ]?rays?|ob[-/ ]?gyn|ER|[A-C]\d[0-9AB]\.\w{1,4}|heart (?:attack|unit))\b`, 4);
    expect([...starts].sort()).toEqual(
      expect.arrayContaining(['x-ra', 'x ra', 'xray', 'ob-g', 'ob/g', 'ob g', 'obgy', 'ER', 'A00.', 'C9B.', 'hear']),
    );
    expect(starts.has('xr')).toBe(false);
    expect(starts.size).toBe(3 + 4 + 1 + 3 * 10 * 12 + 1);
    // Anything it cannot read is refused, not guessed.
    expect(() => regexStarts('(a)b', 3)).toThrow();
    expect(() => regexStarts('[^a]b', 3)).toThrow();
    expect(() => regexStarts('a.b', 3)).toThrow();
  });
});

describe('Regulation F: opt-out notice in every electronic message (1006.6(e))', () => {
  it('requires it from debt collectors in texts and emails', () => {
    expect(message({ channel: 'sms', body: `${DC}Birchwood: please call us at 877-555-0163.` }).reasons).toEqual(['reg_f_missing_opt_out']);
    expect(message({ channel: 'sms', body: `${DC}Birchwood: please call us at 877-555-0163. Reply STOP to opt out.` }).allowed).toBe(true);
    expect(message({ channel: 'email', subject: 'Update', body: `${DC}Details inside. Unsubscribe: https://x.example/u` }).allowed).toBe(true);
  });

  it('does not require it from original creditors, nor before 2021-11-30', () => {
    expect(message({ collector: hospital, channel: 'sms', body: 'Mercy General: a new statement is ready.' }).allowed).toBe(true);
    expect(message({ channel: 'sms', body: `${DC}Birchwood: please call us.`, at: '2021-06-01T15:00:00Z' }).allowed).toBe(true);
  });
});

describe('Regulation F limited-content voicemails (1006.2(j))', () => {
  const lcm = 'Hello, this is Maria Chen with Birchwood Services. Please call me or Alan Price back at 877-555-0163. Thank you.';

  it('accepts the limited content, with a suggested time to call', () => {
    expect(limitedContentProblems(lcm)).toEqual([]);
    expect(limitedContentProblems('Hi, Maria Chen here from Birchwood Services. Please return my call at (877) 555-0163, weekdays between 9 and 5.')).toEqual([]);
  });

  it('rejects anything about the debt, a collection-sounding name, links, and missing elements', () => {
    expect(message({ channel: 'voicemail', body: lcm }).allowed).toBe(true);
    for (const body of [
      'Hi, this is Alan Price from Birchwood Services about your account. Call 877-555-0163.',
      'Hi, this is Alan Price from Birchwood Collections. Call me at 877-555-0163.',
      'Hi, this is Alan Price from Birchwood Services. Visit www.birchwood.example or call 877-555-0163.',
      'Hi, this is Alan Price from Birchwood Services. Please call us back.',
      'Please call Birchwood Services at 877-555-0163.',
      'Hi, this is Alan Price from Mercy Hospital billing. Call 877-555-0163.',
    ]) {
      expect(message({ channel: 'voicemail', body }).reasons, body).toContain('not_a_limited_content_message');
    }
  });

  it('does not apply to an original creditor', () => {
    expect(message({ collector: hospital, channel: 'voicemail', body: 'Mercy General billing: please call 555-201-3344 about your statement.' }).allowed).toBe(true);
  });
});

describe('revocation by any reasonable means', () => {
  it('recognizes the FCC keywords and plain requests to stop', () => {
    for (const text of ['STOP', 'Stop.', 'quit', 'END', 'revoke', 'opt out', 'Cancel', 'unsubscribe', 'stop please', 'Please stop texting me', "don't call me again", 'take me off your list']) {
      expect(detectRevocation(text).revoked, text).toBe(true);
    }
  });

  it('does not mistake ordinary replies for revocations', () => {
    for (const text of ["I'll stop by tomorrow to pay", 'Cancel my appointment please', 'Can you call me at 5?', 'yes']) {
      expect(detectRevocation(text).revoked, text).toBe(false);
    }
  });
});

describe('Regulation F: the opt-out must be reasonable and simple (1006.6(e) and its official interpretation)', () => {
  it('does not accept an opt-out that needs a call, a letter or a fee', () => {
    expect(message({ channel: 'sms', body: `${DC}Birchwood: your payment is due. To opt out, call us at 877-555-0163.` }).reasons).toEqual(['reg_f_missing_opt_out']);
    expect(message({ channel: 'email', subject: 'Your account', body: `${DC}Details inside. To unsubscribe, mail a letter to PO Box 12, Dayton OH.` }).reasons).toEqual(['reg_f_missing_opt_out']);
    expect(message({ channel: 'sms', body: `${DC}Birchwood: payment due. Reply STOP to opt out ($1 fee applies).` }).reasons).toEqual(['reg_f_missing_opt_out']);
    expect(message({ channel: 'email', subject: 'Update', body: `${DC}To opt out, reply with your account number and date of birth.` }).reasons).toEqual(['reg_f_missing_opt_out']);
  });

  it('accepts a keyword reply, a link or replying to the email, in English or Spanish', () => {
    expect(message({ channel: 'sms', body: `${DC}Birchwood: payment due. Text STOP to opt out.` }).allowed).toBe(true);
    expect(message({ channel: 'sms', body: `${DC}Birchwood: su pago vence. Responda STOP para no recibir más mensajes.` }).allowed).toBe(true);
    expect(message({ channel: 'email', subject: 'Update', body: `${DC}To opt out of emails, click here: https://x.example/prefs` }).allowed).toBe(true);
    expect(message({ channel: 'email', subject: 'Update', body: `${DC}Details inside.\nTo stop receiving emails from us, reply STOP to this email.` }).allowed).toBe(true);
    // A letter-only opt-out beside a keyword one is fine: one reasonable and simple method suffices.
    expect(message({ channel: 'sms', body: `${DC}Birchwood: payment due. Reply STOP to opt out, or write to PO Box 12.` }).allowed).toBe(true);
  });
});

describe('Regulation F: texts and emails say they are from a debt collector (1006.18(e))', () => {
  it('blocks a debt collector text or email without the disclosure, in the initial and in later messages', () => {
    expect(message({ channel: 'sms', body: 'Birchwood: your balance is ready to pay. Reply STOP to opt out.' }).reasons).toEqual([
      'reg_f_missing_debt_collector_disclosure',
    ]);
    expect(
      message({ channel: 'email', subject: 'Your account', body: 'A payment plan is available. Unsubscribe: https://x.example/u' }).reasons,
    ).toEqual(['reg_f_missing_debt_collector_disclosure']);
  });

  it('accepts the disclosure in English or Spanish, in the body or the subject', () => {
    for (const q of [
      { channel: 'sms', body: 'Birchwood is a debt collector. Your balance is ready to pay. Reply STOP to opt out.' },
      { channel: 'sms', body: 'Birchwood: this is an attempt to collect a debt. Reply STOP to opt out.' },
      { channel: 'sms', body: 'Birchwood es un cobrador de deudas. Responda STOP para no recibir más mensajes.' },
      { channel: 'email', subject: 'A message from a debt collector', body: 'Your statement is ready. Unsubscribe: https://x.example/u' },
    ]) {
      expect(message(q).reasons, q.body).toEqual([]);
    }
  });

  it('does not apply to original creditors, to voicemails (limited content), nor before 2021-11-30', () => {
    expect(message({ collector: hospital, channel: 'sms', body: 'Mercy General: a new statement is ready.' }).allowed).toBe(true);
    expect(
      message({ channel: 'voicemail', body: 'Hello, this is Maria Chen with Birchwood Services. Please call me back at 877-555-0163.' }).allowed,
    ).toBe(true);
    expect(message({ channel: 'sms', body: 'Birchwood: please call us. Reply STOP to opt out.', at: '2021-06-01T15:00:00Z' }).allowed).toBe(true);
  });
});

describe('Regulation F: nothing overshadows the right to dispute during the validation period (1006.38(b))', () => {
  const demand = `${DC}Birchwood: pay your balance of $240.00 today to avoid further action. Reply STOP to opt out.`;
  const plain = `${DC}Birchwood: your balance is $240.00; payment plans are available. Reply STOP to opt out.`;

  it('blocks demands to pay now, by a deadline or under threat while the period runs', () => {
    const q = { channel: 'sms', at: '2026-03-20T15:00:00Z', validationPeriodEndsOn: '2026-03-31' };
    expect(message({ ...q, body: demand }).reasons).toEqual(['reg_f_overshadowing']);
    for (const body of [
      `${DC}Immediate payment is required. Reply STOP to opt out.`,
      `${DC}FINAL NOTICE: your account. Reply STOP to opt out.`,
      `${DC}You must pay within 5 days. Reply STOP to opt out.`,
      `${DC}Pague su saldo hoy. Responda STOP para no recibir más mensajes.`,
    ]) {
      expect(message({ ...q, body }).reasons, body).toEqual(['reg_f_overshadowing']);
    }
    // A letter is checked too (it carries no opt-out or disclosure requirement of its own here).
    expect(message({ ...q, channel: 'letter', body: 'Pay the full amount immediately.', recipientVerified: true }).reasons).toEqual([
      'reg_f_overshadowing',
    ]);
  });

  it('allows a plain balance and a payment option, and the same demand once the period is over', () => {
    expect(message({ channel: 'sms', at: '2026-03-20T15:00:00Z', validationPeriodEndsOn: '2026-03-31', body: plain }).allowed).toBe(true);
    // The last day and the UTC day after it (still the last day in US zones) are inside; two days after is not.
    expect(message({ channel: 'sms', at: '2026-04-01T02:00:00Z', validationPeriodEndsOn: '2026-03-31', body: demand }).allowed).toBe(false);
    expect(message({ channel: 'sms', at: '2026-04-02T15:00:00Z', validationPeriodEndsOn: '2026-03-31', body: demand }).allowed).toBe(true);
    // Without a validation period the rule has nothing to read.
    expect(message({ channel: 'sms', body: demand }).allowed).toBe(true);
  });

  it('does not apply to original creditors', () => {
    expect(message({ collector: hospital, channel: 'sms', validationPeriodEndsOn: '2026-03-31', body: 'Mercy General: pay today.' }).allowed).toBe(true);
  });
});
