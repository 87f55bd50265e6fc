import { parseX12Date } from '../shared/dates.js';
import { decimalCentsOrNaN, parseDecimalCents } from '../shared/money.js';
import { rejection } from '../shared/rejection.js';
import type { ClaimItem, ClaimRecord, CoverageRecord, IngestEvent, PatientRecord, PostalAddress, Rejection } from '../types.js';
import { X12Elements } from './x12-elements.js';
import { X12Segmenter, type SegmentSink, type Separators } from './x12-segmenter.js';

export interface X12_837ParseOptions {
  /** Name reported in `source.file` and rejections (default `<input>`). */
  file?: string;
}

function tagCode(t: string): number {
  return t.charCodeAt(0) * 65536 + t.charCodeAt(1) * 256 + (t.length > 2 ? t.charCodeAt(2) : 0);
}

const T_ISA = tagCode('ISA');
const T_IEA = tagCode('IEA');
const T_GS = tagCode('GS');
const T_GE = tagCode('GE');
const T_ST = tagCode('ST');
const T_SE = tagCode('SE');
const T_HL = tagCode('HL');
const T_NM1 = tagCode('NM1');
const T_N3 = tagCode('N3');
const T_N4 = tagCode('N4');
const T_DMG = tagCode('DMG');
const T_SBR = tagCode('SBR');
const T_CLM = tagCode('CLM');
const T_DTP = tagCode('DTP');
const T_LX = tagCode('LX');
const T_SV1 = tagCode('SV1');
const T_SV2 = tagCode('SV2');
const T_REF = tagCode('REF');

const SHARED_ELEMENTS = new X12Elements();

/** Who an NM1/N3/N4/DMG describes, from the loop it sits in. */
type Party = 'billing' | 'subscriber' | 'payer' | 'patient' | 'other';

interface Person {
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  memberId: string | null;
  birthDate: string | null;
  gender: PatientRecord['gender'];
  address: PostalAddress | null;
}

const emptyPerson = (): Person => ({ lastName: null, firstName: null, middleName: null, memberId: null, birthDate: null, gender: null, address: null });

interface TxState {
  control: string | null;
  skip: boolean;
  billingName: string | null;
  billingId: string | null;
  subscriber: Person;
  /** The patient loop (2000C) when the patient is not the subscriber; null otherwise. */
  patient: Person | null;
  payerName: string | null;
  payerId: string | null;
  sbr: { responsibility: string | null; relationship: string | null; groupId: string | null; groupName: string | null; filing: string | null };
  /** Patient and coverage keys already emitted in this transaction. */
  emitted: Set<string>;
}

interface OpenClaim {
  record: ClaimRecord;
  line: number;
  ordinal: number;
  item: ClaimItem | null;
  /** Where the claim's text starts in the current buffer, and its text from earlier buffers. */
  rawFrom: number;
  rawParts: string[];
  problem: Rejection | null;
  /** Segments after the first 2320 SBR belong to other payers (COB) and are not the claim's. */
  inOtherPayer: boolean;
}

/**
 * Incremental ASC X12 837 parser for professional (005010X222) and institutional (005010X223)
 * claims: `push` text chunks, collect the events; `end` flushes. Each CLM loop becomes a `claim`
 * (key `837|<billing provider id>|<payer id>|<member id>|<CLM01>`, account key
 * `837-account|<billing provider id>|<CLM01>`, `totalCents` = CLM02, one item per SV1/SV2), preceded
 * the first time they are seen in a transaction by the `patient` and `coverage` it was billed for.
 * A claim with a bad amount, date or lines that do not add up to CLM02 is rejected whole (with the
 * element, e.g. `SV102`), its neighbours are kept.
 */
export class X12_837Parser implements SegmentSink {
  private readonly file: string;
  private readonly segmenter: X12Segmenter;
  private out: IngestEvent[] = [];
  private tx: TxState | null = null;
  private claim: OpenClaim | null = null;
  private party: Party = 'other';
  private buf = '';
  private sep: Separators | null = null;
  private strayReported = false;
  private readonly el = SHARED_ELEMENTS;

  constructor(opts: X12_837ParseOptions = {}) {
    this.file = opts.file ?? '<input>';
    this.segmenter = new X12Segmenter(this);
  }

  push(chunk: string): IngestEvent[] {
    this.segmenter.push(chunk);
    return this.take();
  }

  end(): IngestEvent[] {
    this.segmenter.end();
    if (this.tx !== null && !this.tx.skip) {
      const pending = this.claim?.record.identifiers[0]?.value;
      this.claim = null;
      this.out.push(
        rejection({
          file: this.file,
          field: 'SE',
          recordKind: 'claim',
          message: `input ends inside transaction ST02=${this.tx.control ?? '?'} (no SE segment)` + (pending !== undefined ? `: its last claim (CLM01 ${pending}) was not ingested` : ''),
        }),
      );
    }
    this.tx = null;
    return this.take();
  }

  private take(): IngestEvent[] {
    const o = this.out;
    this.out = [];
    return o;
  }

  notX12(line: number): void {
    this.out.push(rejection({ file: this.file, line, message: 'content is not ASC X12: expected an ISA (or ST) segment' }));
  }

  bufferStart(buf: string, from: number): void {
    this.buf = buf;
    if (this.claim !== null) this.claim.rawFrom = from;
  }

  bufferEnd(upTo: number): void {
    if (this.claim !== null) this.claim.rawParts.push(this.buf.slice(this.claim.rawFrom, upTo));
    this.buf = '';
  }

  segment(s: string, start: number, end: number, at: number, line: number, ordinal: number, sep: Separators): void {
    this.sep = sep;
    const el = sep.element;
    const elc = el.charCodeAt(0);
    const len = end - start;
    const c2 = s.charCodeAt(start + 2);
    const twoChar = c2 === elc || len === 2;
    if (!twoChar && len > 3 && s.charCodeAt(start + 3) !== elc) {
      this.stray(s.slice(start, end), line, ordinal, 'unrecognized segment');
      return;
    }
    const tag = s.charCodeAt(start) * 65536 + s.charCodeAt(start + 1) * 256 + (twoChar ? 0 : c2);
    switch (tag) {
      case T_ISA:
      case T_GS:
      case T_GE:
        if (tag === T_ISA) this.closeOpen(line, ordinal, 'ISA');
        return;
      case T_IEA:
        this.closeOpen(line, ordinal, 'IEA');
        this.segmenter.expectHeader();
        return;
      case T_ST:
        this.startTransaction(this.el.load(s, start, end, el), line, ordinal);
        return;
      case T_SE:
        this.flushClaim(at);
        this.tx = null;
        return;
    }
    const tx = this.tx;
    if (tx === null) {
      this.stray(s.slice(start, end), line, ordinal, 'segment outside a transaction (no ST before it)');
      return;
    }
    if (tx.skip) return;
    const claim = this.claim;
    if (claim !== null && claim.problem !== null && tag !== T_HL && tag !== T_CLM) return;

    switch (tag) {
      case T_HL: {
        this.flushClaim(at);
        const level = this.el.load(s, start, end, el).get(3);
        if (level === '20') {
          tx.billingName = null;
          tx.billingId = null;
          this.party = 'billing';
        } else if (level === '22') {
          tx.subscriber = emptyPerson();
          tx.patient = null;
          tx.payerName = null;
          tx.payerId = null;
          this.party = 'subscriber';
        } else if (level === '23') {
          tx.patient = emptyPerson();
          this.party = 'patient';
        } else this.party = 'other';
        return;
      }
      case T_CLM:
        this.flushClaim(at);
        this.startClaim(at, this.el.load(s, start, end, el), line, ordinal);
        return;
      case T_SBR: {
        if (claim !== null) {
          claim.inOtherPayer = true; // 2320: another payer's coverage (coordination of benefits)
          this.party = 'other';
          return;
        }
        const e = this.el.load(s, start, end, el);
        tx.sbr = { responsibility: e.get(1), relationship: e.get(2), groupId: e.get(3), groupName: e.get(4), filing: e.get(9) };
        return;
      }
      case T_NM1: {
        const e = this.el.load(s, start, end, el);
        const who = e.get(1);
        if (claim !== null) {
          if (who !== null) this.party = 'other';
          return;
        }
        if (who === '85') {
          tx.billingName = nameOf(e);
          tx.billingId = e.get(9);
          this.party = 'billing';
        } else if (who === 'IL') {
          readPerson(e, tx.subscriber);
          this.party = 'subscriber';
        } else if (who === 'QC') {
          tx.patient ??= emptyPerson();
          readPerson(e, tx.patient);
          this.party = 'patient';
        } else if (who === 'PR') {
          tx.payerName = e.get(3);
          tx.payerId = e.get(9);
          this.party = 'payer';
        } else this.party = 'other';
        return;
      }
      case T_N3:
      case T_N4: {
        if (claim !== null) return;
        const p = this.party === 'subscriber' ? tx.subscriber : this.party === 'patient' ? tx.patient : null;
        if (p === null) return;
        const e = this.el.load(s, start, end, el);
        p.address ??= { lines: [], city: null, state: null, postalCode: null, country: null };
        if (tag === T_N3) {
          for (const v of [e.get(1), e.get(2)]) if (v !== null) p.address.lines.push(v);
        } else {
          p.address.city = e.get(1);
          p.address.state = e.get(2);
          p.address.postalCode = e.get(3);
          p.address.country = e.get(4);
        }
        return;
      }
      case T_DMG: {
        if (claim !== null) return;
        const p = this.party === 'subscriber' ? tx.subscriber : this.party === 'patient' ? tx.patient : null;
        if (p === null) return;
        const e = this.el.load(s, start, end, el);
        const raw = e.get(2);
        p.birthDate = raw === null ? null : parseX12Date(raw);
        const g = e.get(3);
        p.gender = g === 'M' ? 'male' : g === 'F' ? 'female' : g === 'U' ? 'unknown' : null;
        return;
      }
    }
    if (claim === null) return;
    if (tag === T_LX) {
      // 2400: the claim's own service lines follow any other-payer loops.
      claim.inOtherPayer = false;
      claim.item = null;
      return;
    }
    if (claim.inOtherPayer) return;
    switch (tag) {
      case T_SV1:
      case T_SV2:
        this.readService(claim, tag === T_SV1, this.el.load(s, start, end, el), line, ordinal);
        return;
      case T_DTP: {
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const fmt = e.get(2);
        const raw = e.get(3);
        if (raw === null) return;
        const range = this.dateRange(fmt, raw);
        if (range === null) {
          this.reject(claim, 'DTP03', `"${raw}" is not a ${fmt === 'RD8' ? 'CCYYMMDD-CCYYMMDD range' : 'CCYYMMDD date'}`, line, ordinal);
          return;
        }
        if (claim.item !== null) {
          if (q === '472') claim.item.servicedDate = range[0];
        } else if (q === '434' || q === '472') {
          claim.record.billablePeriodStart = range[0];
          claim.record.billablePeriodEnd = range[1];
        }
        return;
      }
      case T_REF: {
        if (claim.item !== null) return;
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const v = e.get(2);
        // F8: the payer's claim control number when this claim replaces an earlier one.
        if (q === 'F8' && v !== null) claim.record.identifiers.push({ system: 'x12:REF*F8', value: v, type: 'payer-claim' });
        return;
      }
    }
  }

  private startTransaction(e: X12Elements, line: number, ordinal: number): void {
    this.closeOpen(line, ordinal, 'ST');
    this.strayReported = false;
    const id = e.get(1);
    this.party = 'other';
    this.tx = {
      control: e.get(2),
      skip: id !== '837',
      billingName: null,
      billingId: null,
      subscriber: emptyPerson(),
      patient: null,
      payerName: null,
      payerId: null,
      sbr: { responsibility: null, relationship: null, groupId: null, groupName: null, filing: null },
      emitted: new Set(),
    };
    if (id !== '837') {
      this.out.push(rejection({ file: this.file, line, segment: ordinal, field: 'ST01', message: `transaction set ${id ?? '(empty)'} is not an 837 claim: skipped` }));
    }
  }

  private closeOpen(line: number, ordinal: number, found: string): void {
    const tx = this.tx;
    if (tx === null) return;
    this.tx = null;
    if (tx.skip) return;
    const pending = this.claim?.record.identifiers[0]?.value;
    this.claim = null;
    this.out.push(
      rejection({
        file: this.file,
        line,
        segment: ordinal,
        field: 'SE',
        recordKind: 'claim',
        message: `${found} found inside transaction ST02=${tx.control ?? '?'} (its SE is missing)` + (pending !== undefined ? `: its last claim (CLM01 ${pending}) was not ingested` : ''),
      }),
    );
  }

  private startClaim(at: number, e: X12Elements, line: number, ordinal: number): void {
    const tx = this.tx!;
    const pcn = e.get(1);
    const record: ClaimRecord = {
      kind: 'claim',
      key: '',
      source: { file: this.file, line, entry: null, segment: ordinal },
      identifiers: pcn === null ? [] : [{ system: 'x12:CLM01', value: pcn, type: 'patient-control-number' }],
      patientKey: null,
      status: 'active',
      use: 'claim',
      typeCode: null,
      createdAt: null,
      billablePeriodStart: null,
      billablePeriodEnd: null,
      providerKey: tx.billingId === null ? null : `npi|${tx.billingId}`,
      providerName: tx.billingName,
      insurerKey: tx.payerId === null ? null : `payer|${tx.payerId}`,
      insurerName: tx.payerName,
      coverageKeys: [],
      coverageDisplays: tx.payerName === null ? [] : [tx.payerName],
      encounterKeys: [],
      totalCents: null,
      items: [],
    };
    const claim: OpenClaim = { record, line, ordinal, item: null, rawFrom: at, rawParts: [], problem: null, inOtherPayer: false };
    this.claim = claim;
    if (pcn === null) {
      this.reject(claim, 'CLM01', 'missing claim control number (patient control number)', line, ordinal);
      return;
    }
    record.totalCents = this.amount(claim, e.get(2), 'CLM02', line, ordinal);
    // CLM05-2 is the facility code qualifier: B = place of service (professional), A = UB bill type.
    const facility = e.get(5);
    const comp = this.sep!.component;
    const at1 = facility === null ? -1 : facility.indexOf(comp);
    const institutional = at1 >= 0 && facility!.charCodeAt(at1 + 1) === 65 /* A */ && (at1 + 2 === facility!.length || facility![at1 + 2] === comp);
    record.typeCode = institutional ? 'institutional' : 'professional';
  }

  private readService(claim: OpenClaim, professional: boolean, e: X12Elements, line: number, ordinal: number): void {
    const comp = this.sep!.component;
    const proc = e.get(professional ? 1 : 2);
    const chargeField = professional ? 'SV102' : 'SV203';
    const qtyField = professional ? 'SV104' : 'SV205';
    const cents = this.amount(claim, e.get(professional ? 2 : 3), chargeField, line, ordinal);
    if (claim.problem !== null) return;
    const qtyRaw = e.get(professional ? 4 : 5);
    let quantity: number | null = null;
    if (qtyRaw !== null) {
      quantity = Number(qtyRaw);
      if (!Number.isFinite(quantity)) {
        this.reject(claim, qtyField, `"${qtyRaw}" is not a number of units`, line, ordinal);
        return;
      }
    }
    let code: string | null = null;
    let system: string | null = null;
    if (proc !== null) {
      const a = proc.indexOf(comp);
      const qual = a < 0 ? proc : proc.slice(0, a);
      system = qual === 'HC' ? 'HCPCS' : qual;
      if (a >= 0) {
        const b = proc.indexOf(comp, a + 1);
        code = proc.slice(a + 1, b < 0 ? proc.length : b) || null;
      }
    } else if (!professional) {
      system = 'NUBC-revenue';
    }
    const item: ClaimItem = {
      sequence: claim.record.items.length + 1,
      productSystem: system,
      productCode: code ?? (professional ? null : e.get(1)),
      productDisplay: null,
      quantity,
      unitPriceCents: null,
      netCents: cents,
      servicedDate: null,
      encounterKeys: [],
    };
    claim.record.items.push(item);
    claim.item = item;
  }

  private amount(claim: OpenClaim, raw: string | null, field: string, line: number, ordinal: number): number | null {
    if (claim.problem !== null) return null;
    if (raw === null) {
      this.reject(claim, field, 'missing amount', line, ordinal);
      return null;
    }
    const fast = decimalCentsOrNaN(raw);
    if (fast === fast) return fast;
    const m = parseDecimalCents(raw);
    if (!m.ok) {
      this.reject(claim, field, m.error, line, ordinal);
      return null;
    }
    return m.cents;
  }

  private dateRange(fmt: string | null, raw: string): [string, string] | null {
    if (fmt === 'RD8') {
      const dash = raw.indexOf('-');
      if (dash < 0) return null;
      const a = parseX12Date(raw.slice(0, dash));
      const b = parseX12Date(raw.slice(dash + 1));
      return a === null || b === null || b < a ? null : [a, b];
    }
    const d = parseX12Date(raw);
    return d === null ? null : [d, d];
  }

  private reject(claim: OpenClaim, field: string, message: string, line: number, ordinal: number): void {
    if (claim.problem !== null) return;
    const pcn = claim.record.identifiers[0]?.value;
    claim.problem = rejection({ file: this.file, line, segment: ordinal, field, recordKind: 'claim', message: pcn ? `claim ${pcn}: ${message}` : message });
  }

  /** Ends the open claim at buffer position `at`, emitting its patient and coverage first. */
  private flushClaim(at: number): void {
    const claim = this.claim;
    if (claim === null) return;
    this.claim = null;
    const tx = this.tx!;
    const r = claim.record;
    if (claim.problem === null && r.items.length > 0) {
      const lines = r.items.reduce((s, i) => s + (i.netCents ?? 0), 0);
      if (lines !== r.totalCents) {
        this.reject(claim, 'CLM02', `total charge ${fmtCents(r.totalCents ?? 0)} does not equal the sum of its service lines ${fmtCents(lines)}`, claim.line, claim.ordinal);
      }
    }
    if (claim.problem !== null) {
      claim.problem.raw = (claim.rawParts.join('') + this.buf.slice(claim.rawFrom, at)).trimEnd();
      this.out.push(claim.problem);
      return;
    }
    const payer = tx.payerId ?? tx.payerName ?? '';
    const sub = tx.subscriber;
    const subscriberKey = `837|${payer}|${sub.memberId ?? `${sub.lastName ?? ''}|${sub.firstName ?? ''}|${sub.birthDate ?? ''}`}`;
    const dep = tx.patient;
    const patientKey = dep === null ? subscriberKey : `${subscriberKey}|${dep.lastName ?? ''}|${dep.firstName ?? ''}|${dep.birthDate ?? ''}`;
    const coverageKey = `837-coverage|${payer}|${sub.memberId ?? subscriberKey}${dep === null ? '' : `|${dep.lastName ?? ''}|${dep.firstName ?? ''}|${dep.birthDate ?? ''}`}`;
    const source = { file: this.file, line: claim.line, entry: null, segment: claim.ordinal };
    if (!tx.emitted.has(patientKey)) {
      tx.emitted.add(patientKey);
      const p = dep ?? sub;
      this.out.push({
        kind: 'patient',
        key: patientKey,
        source,
        identifiers: sub.memberId === null ? [] : [{ system: payer === '' ? null : `x12:payer:${payer}`, value: sub.memberId, type: 'MB' }],
        mrn: null,
        memberId: dep === null ? sub.memberId : null,
        familyName: p.lastName,
        givenNames: [p.firstName, p.middleName].filter((x): x is string => x !== null),
        birthDate: p.birthDate,
        gender: p.gender,
        deceased: false,
        deceasedDate: null,
        address: p.address,
        phone: null,
        email: null,
        language: null,
      });
    }
    if (!tx.emitted.has(coverageKey)) {
      tx.emitted.add(coverageKey);
      const coverage: CoverageRecord = {
        kind: 'coverage',
        key: coverageKey,
        source,
        identifiers: [],
        status: 'active',
        patientKey,
        subscriberKey,
        subscriberId: sub.memberId,
        memberId: sub.memberId,
        relationship: tx.sbr.relationship === '18' || dep === null ? 'self' : 'dependent',
        payerKey: tx.payerId === null ? null : `payer|${tx.payerId}`,
        payerName: tx.payerName,
        typeCode: tx.sbr.filing,
        typeText: null,
        groupId: tx.sbr.groupId,
        groupName: tx.sbr.groupName,
        planId: null,
        planName: null,
        network: null,
        order: tx.sbr.responsibility === 'P' ? 1 : tx.sbr.responsibility === 'S' ? 2 : tx.sbr.responsibility === 'T' ? 3 : null,
        periodStart: null,
        periodEnd: null,
        selfPay: tx.sbr.filing === '09',
        containedIn: null,
      };
      this.out.push(coverage);
    }
    const billing = tx.billingId ?? tx.billingName ?? '';
    const pcn = r.identifiers[0]!.value;
    // The same service billed to the next payer (COB) or a second member id is another claim of
    // the same account: CLM01 is the provider's patient account number.
    r.key = `837|${billing}|${payer}|${sub.memberId ?? ''}|${pcn}`;
    r.encounterKeys = [`837-account|${billing}|${pcn}`];
    r.payerSequence = tx.sbr.responsibility === 'S' ? 2 : tx.sbr.responsibility === 'T' ? 3 : 1;
    r.patientKey = patientKey;
    r.coverageKeys = [coverageKey];
    if (r.billablePeriodStart === null) {
      const dates = r.items.map((i) => i.servicedDate).filter((d): d is string => d !== null).sort();
      r.billablePeriodStart = dates[0] ?? null;
      r.billablePeriodEnd = dates[dates.length - 1] ?? null;
    }
    this.out.push(r);
  }

  private stray(seg: string, line: number, ordinal: number, why: string): void {
    if (this.strayReported) return;
    this.strayReported = true;
    const tag = seg.slice(0, 3);
    this.out.push(rejection({ file: this.file, line, segment: ordinal, field: tag, message: `${why}: ${tag} ignored (and any following ones until the next ST)` }));
  }
}

function nameOf(e: X12Elements): string | null {
  const last = e.get(3);
  const first = e.get(4);
  return last === null ? null : first === null ? last : `${first} ${last}`;
}

function readPerson(e: X12Elements, p: Person): void {
  p.lastName = e.get(3);
  p.firstName = e.get(4);
  p.middleName = e.get(5);
  const q = e.get(8);
  if (q === 'MI' || q === 'II') p.memberId = e.get(9);
}

function fmtCents(c: number): string {
  return `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
}

/** Parses a whole 837 text (or Buffer) and returns every event in order. */
export function parseX12_837(input: string | Buffer, opts: X12_837ParseOptions = {}): IngestEvent[] {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const p = new X12_837Parser(opts);
  const a = p.push(text);
  const b = p.end();
  return b.length === 0 ? a : a.concat(b);
}
