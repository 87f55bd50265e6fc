import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock/index.js';
import { build276, parse277 } from './claim-status-x12.js';
import { HttpClearinghouse, SandboxClearinghouse } from './clearinghouse.js';
import { build270, parse271, read270, type EligibilityInquiry } from './eligibility-x12.js';
import { readInterchange } from './x12-wire.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const at = new Date('2026-12-01T14:30:00Z');
const inquiry = (memberId: string): EligibilityInquiry => ({
  trace: 'TRACE-1',
  control: 17,
  at,
  provider: { name: 'Riverbend Clinic', npi: '1234567893' },
  payer: { name: 'Prairie Health Plan', id: 'PHP01' },
  subscriber: { lastName: 'Rivera', firstName: 'Ana', memberId, birthDate: '1980-02-14' },
  serviceType: '98',
  serviceDate: '2026-12-01',
});

describe('the 270 eligibility inquiry on the wire (005010X279A1)', () => {
  const text = build270(inquiry('W11122333'));
  const { segments } = readInterchange(text);

  it('has a fixed-width ISA, the guide in GS08 and ST03, and an SE that counts its segments', () => {
    expect(text.split('~')[0]).toHaveLength(105);
    expect(segments.find((s) => s.tag === 'GS')!.e).toEqual(['GS', 'HS', 'KINDLY', 'PHP01', '20261201', '1430', '17', 'X', '005010X279A1']);
    const st = segments.findIndex((s) => s.tag === 'ST');
    const se = segments.findIndex((s) => s.tag === 'SE');
    expect(segments[st]!.e).toEqual(['ST', '270', '0017', '005010X279A1']);
    expect(Number(segments[se]!.e[1])).toBe(se - st + 1);
  });

  it('carries the loops in order: payer, provider, subscriber with trace, birth date, date and service type', () => {
    expect(segments.slice(3, -3).map((s) => s.e.join('*'))).toEqual([
      'BHT*0022*13*TRACE-1*20261201*1430',
      'HL*1**20*1',
      'NM1*PR*2*Prairie Health Plan*****PI*PHP01',
      'HL*2*1*21*1',
      'NM1*1P*2*Riverbend Clinic*****XX*1234567893',
      'HL*3*2*22*0',
      'TRN*1*TRACE-1*9KINDLYEHR',
      'NM1*IL*1*Rivera*Ana****MI*W11122333',
      'DMG*D8*19800214',
      'DTP*291*D8*20261201',
      'EQ*98',
    ]);
    expect(read270(text)).toMatchObject({ trace: 'TRACE-1', memberId: 'W11122333', birthDate: '1980-02-14', serviceType: '98' });
  });

  it('never lets a name break the format', () => {
    const q = inquiry('W1');
    q.subscriber.lastName = "O'Brien*~Smith";
    expect(read270(build270(q)).lastName).toBe("O'Brien  Smith");
  });
});

describe('reading a 271', () => {
  it('takes in-network individual benefits and computes what is met', () => {
    const r = parse271(fixture('eligibility-response.271'));
    expect(r).toEqual({
      trace: 'TRACE-42',
      active: true,
      planName: 'GOLD 123 PLAN',
      copayCents: { '98': 2500, '86': 15000 },
      coinsurancePercent: 20,
      deductible: { totalCents: 150000, remainingCents: 40050, metCents: 109950 },
      outOfPocket: { totalCents: 400000, remainingCents: 275000, metCents: 125000 },
      errors: [],
    });
  });

  it('reports a payer rejection in plain words and never as active', () => {
    const r = parse271(fixture('eligibility-not-found.271'));
    expect(r.active).toBe(false);
    expect(r.errors).toEqual([{ code: '72', message: 'the member ID was not found' }]);
  });

  it('refuses a file that is not a 271', () => {
    expect(() => parse271(build270(inquiry('W1')))).toThrow('ST01: not a 271 eligibility response');
  });
});

describe('the sandbox clearinghouse', () => {
  const ch = new SandboxClearinghouse(new ManualClock('2026-12-01T15:00:00Z'));

  it('answers a 270 with a 271 that parses, the same way every time', async () => {
    const a = parse271(await ch.exchange(build270(inquiry('W11122333'))));
    const b = parse271(await ch.exchange(build270(inquiry('W11122333'))));
    expect(a).toEqual(b);
    expect(a.active).toBe(true);
    expect(a.trace).toBe('TRACE-1');
    expect(a.copayCents['98']).toBeGreaterThan(0);
    expect(a.deductible.metCents! + a.deductible.remainingCents!).toBe(a.deductible.totalCents);
  });

  it('has inactive (ends in 0) and unknown (ends in 9) members', async () => {
    expect(parse271(await ch.exchange(build270(inquiry('W10')))).active).toBe(false);
    expect(parse271(await ch.exchange(build270(inquiry('W19')))).errors[0]!.code).toBe('72');
  });

  it('answers a 276 with a 277 for the same claim', async () => {
    const req = build276({ trace: 'T-9', control: 3, at, provider: { name: 'Riverbend', npi: '1234567893' }, payer: { name: 'Prairie', id: 'PHP01' }, subscriber: { lastName: 'Rivera', firstName: 'Ana', memberId: 'W1' }, claimControlNumber: 'RB-1001', chargeCents: 15000, serviceFrom: '2026-10-15', serviceTo: '2026-10-15' });
    const r = parse277(await ch.exchange(req));
    expect(r.trace).toBe('T-9');
    expect(r.claimControlNumber).toBe('RB-1001');
    expect(['A4', 'P1']).toContain(r.categoryCode);
    expect(r.summary).not.toMatch(/^Status category/);
  });
});

describe('the HTTP clearinghouse adapter', () => {
  it('posts the X12 with a bearer token and returns the answer', async () => {
    const seen: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
    const ch = new HttpClearinghouse({ url: 'https://ch.example/x12', token: 'tok', fetch: async (url, init) => { seen.push({ url, headers: init.headers, body: init.body }); return { ok: true, status: 200, text: async () => fixture('eligibility-response.271') }; } });
    const r = parse271(await ch.exchange(build270(inquiry('W11122333'))));
    expect(r.planName).toBe('GOLD 123 PLAN');
    expect(seen[0]).toMatchObject({ url: 'https://ch.example/x12', headers: { 'content-type': 'application/edi-x12', authorization: 'Bearer tok' } });
    expect(seen[0]!.body.startsWith('ISA*')).toBe(true);
  });

  it('fails with the status only (the body may carry PHI)', async () => {
    const ch = new HttpClearinghouse({ url: 'https://ch.example/x12', token: 'tok', fetch: async () => ({ ok: false, status: 503, text: async () => 'Rivera Ana W111' }) });
    await expect(ch.exchange('x')).rejects.toThrow(/^the clearinghouse answered HTTP 503$/);
  });
});
