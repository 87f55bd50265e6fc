import { createHash } from 'node:crypto';
import type { Clock } from '../../../platform/clock/index.js';
import { read270 } from './eligibility-x12.js';
import { read276 } from './claim-status-x12.js';
import { buildInterchange, centsToX12, clean, ymd } from './x12-wire.js';

/**
 * The seam to a clearinghouse: one X12 request out, one X12 response back (real-time 270/271 and
 * 276/277). The sandbox answers in-process; the HTTP adapter posts the same wire format.
 */
export interface Clearinghouse {
  readonly name: string;
  exchange(request: string): Promise<string>;
}

/**
 * Built-in sandbox responder (the default): answers a 270 with a 271 and a 276 with a 277, with
 * benefits derived deterministically from the member id, so demos and tests are repeatable.
 * Member ids ending in `0` are inactive; ending in `9` are not found (AAA 72).
 */
export class SandboxClearinghouse implements Clearinghouse {
  readonly name = 'sandbox';
  constructor(private readonly clock: Clock) {}

  async exchange(request: string): Promise<string> {
    const st = /ST\*(\d{3})\*/.exec(request)?.[1];
    if (st === '270') return this.answer270(request);
    if (st === '276') return this.answer276(request);
    throw new Error(`the sandbox clearinghouse answers 270 and 276 requests, not ${st ?? 'this content'}`);
  }

  private answer270(request: string): string {
    const q = read270(request);
    const at = this.clock.now();
    const seed = createHash('sha256').update(q.memberId).digest();
    const last = q.memberId.slice(-1);
    const head: string[][] = [
      ['BHT', '0022', '11', clean(q.trace ?? ''), ymd(at), at.toISOString().slice(11, 16).replace(':', '')],
      ['HL', '1', '', '20', '1'],
      ['NM1', 'PR', '2', clean(q.payer.name), '', '', '', '', 'PI', clean(q.payer.id)],
      ['HL', '2', '1', '21', '1'],
      ['NM1', '1P', '2', 'KINDLY PROVIDER', '', '', '', '', 'XX', '1234567893'],
      ['HL', '3', '2', '22', '0'],
      ['TRN', '2', clean(q.trace ?? ''), '9SANDBOXCH'],
      ['NM1', 'IL', '1', clean(q.lastName), clean(q.firstName), '', '', '', 'MI', clean(q.memberId)],
    ];
    let benefits: string[][];
    if (last === '9') {
      benefits = [['AAA', 'N', '', '72', 'C']];
    } else if (last === '0') {
      benefits = [['EB', '6', 'IND', '30']];
    } else {
      const deductible = 150000 + (seed[0]! % 3) * 50000; // $1,500, $2,000 or $2,500
      const deductibleLeft = Math.round((deductible * (seed[1]! % 101)) / 100 / 100) * 100;
      const oop = 400000 + (seed[2]! % 3) * 100000;
      const oopLeft = Math.max(deductibleLeft, Math.round((oop * (seed[3]! % 101)) / 100 / 100) * 100);
      const copay = [2000, 2500, 3000, 4000][seed[4]! % 4]!;
      const coins = [10, 20, 30][seed[5]! % 3]!;
      benefits = [
        ['EB', '1', 'IND', '30', 'PR', seed[6]! % 2 ? 'SILVER PPO' : 'GOLD PPO'],
        ['EB', 'B', 'IND', '98', 'PR', '', '27', centsToX12(copay), '', '', '', '', 'Y'],
        ['EB', 'B', 'IND', '86', 'PR', '', '27', centsToX12(copay * 5), '', '', '', '', 'Y'],
        ['EB', 'A', 'IND', '30', 'PR', '', '27', '', `.${String(coins).padStart(2, '0')}`, '', '', '', 'Y'],
        ['EB', 'C', 'IND', '30', 'PR', '', '23', centsToX12(deductible), '', '', '', '', 'Y'],
        ['EB', 'C', 'IND', '30', 'PR', '', '29', centsToX12(deductibleLeft), '', '', '', '', 'Y'],
        ['EB', 'G', 'IND', '30', 'PR', '', '23', centsToX12(oop), '', '', '', '', 'Y'],
        ['EB', 'G', 'IND', '30', 'PR', '', '29', centsToX12(oopLeft), '', '', '', '', 'Y'],
      ];
    }
    return buildInterchange(
      { senderId: clean(q.payer.id) || 'SANDBOX', receiverId: 'KINDLY', functionalId: 'HB', version: '005010X279A1', transactionSet: '271', control: q.control, at },
      [...head, ...benefits],
    );
  }

  private answer276(request: string): string {
    const q = read276(request);
    const at = this.clock.now();
    const pcn = q.claimControlNumber ?? '';
    // A stable answer per claim: most are in process, some were never received.
    const roll = createHash('sha256').update(pcn).digest()[0]! % 4;
    const stc = roll === 0 ? ['A4:35', ymd(at)] : ['P1:20', ymd(at), '', centsToX12(q.chargeCents ?? 0), '0.00'];
    return buildInterchange(
      { senderId: clean(q.payer.id) || 'SANDBOX', receiverId: 'KINDLY', functionalId: 'HN', version: '005010X212', transactionSet: '277', control: 1, at },
      [
        ['BHT', '0010', '08', clean(q.trace ?? ''), ymd(at), at.toISOString().slice(11, 16).replace(':', ''), 'DG'],
        ['HL', '1', '', '20', '1'],
        ['NM1', 'PR', '2', clean(q.payer.name), '', '', '', '', 'PI', clean(q.payer.id)],
        ['HL', '2', '1', '21', '1'],
        ['NM1', '41', '2', 'KINDLY PROVIDER', '', '', '', '', '46', 'KINDLY'],
        ['HL', '3', '2', '19', '1'],
        ['NM1', '1P', '2', 'KINDLY PROVIDER', '', '', '', '', 'XX', '1234567893'],
        ['HL', '4', '3', '22', '0'],
        ['NM1', 'IL', '1', clean(q.subscriber.lastName), clean(q.subscriber.firstName), '', '', '', 'MI', clean(q.subscriber.memberId)],
        ['TRN', '2', clean(q.trace ?? '')],
        ['STC', ...stc],
        ['REF', '1K', roll === 0 ? '' : `SBX${pcn}`],
        ['REF', 'EJ', clean(pcn)],
      ].filter((s) => !(s[0] === 'REF' && s[2] === '')),
    );
  }
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * A real-time clearinghouse over HTTPS: posts the X12 request as `application/edi-x12` with a
 * bearer token and returns the X12 body of the answer. Errors name the status, never the content
 * (it carries PHI).
 */
export class HttpClearinghouse implements Clearinghouse {
  readonly name: string;
  constructor(private readonly opts: { name?: string; url: string; token: string; fetch?: FetchLike; timeoutMs?: number }) {
    this.name = opts.name ?? 'http';
  }

  async exchange(request: string): Promise<string> {
    const f = this.opts.fetch ?? (globalThis.fetch as unknown as FetchLike);
    const res = await f(this.opts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/edi-x12', authorization: `Bearer ${this.opts.token}` },
      body: request,
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
    });
    if (!res.ok) throw new Error(`the clearinghouse answered HTTP ${res.status}`);
    return res.text();
  }
}

/** Where the HTTP clearinghouse is (KINDLY_CLEARINGHOUSE_URL and KINDLY_CLEARINGHOUSE_TOKEN, read by the composition root). */
export interface ClearinghouseSettings {
  url: string;
  token: string;
}

/** The tenant's clearinghouse: the HTTP adapter when one is configured, else the sandbox. */
export function clearinghouseFor(clock: Clock, settings?: ClearinghouseSettings | null): Clearinghouse {
  if (settings?.url && settings.token) return new HttpClearinghouse({ url: settings.url, token: settings.token });
  return new SandboxClearinghouse(clock);
}
