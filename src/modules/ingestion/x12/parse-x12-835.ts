import { parseX12Date } from '../shared/dates.js';
import { decimalCentsOrNaN, parseDecimalCents } from '../shared/money.js';
import { rejection } from '../shared/rejection.js';
import type {
  AdjustmentGroup,
  ClaimAdjustment,
  IngestEvent,
  ProcedureCode,
  ProviderAdjustment,
  Rejection,
  RemittancePaymentRecord,
  RemittanceRecord,
  RemittanceServiceLine,
  X12Name,
  X12Party,
} from '../types.js';
import { X12Elements } from './x12-elements.js';
import { X12Segmenter, type SegmentSink, type Separators } from './x12-segmenter.js';

export interface X12ParseOptions {
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
const T_BPR = tagCode('BPR');
const T_TRN = tagCode('TRN');
const T_N1 = tagCode('N1');
const T_REF = tagCode('REF');
const T_LX = tagCode('LX');
const T_CLP = tagCode('CLP');
const T_CAS = tagCode('CAS');
const T_NM1 = tagCode('NM1');
const T_DTM = tagCode('DTM');
const T_AMT = tagCode('AMT');
const T_SVC = tagCode('SVC');
const T_LQ = tagCode('LQ');
const T_PLB = tagCode('PLB');

const SHARED_ELEMENTS = new X12Elements();

/** `CAS01`..`CAS19`, precomputed: the hot loop should not build strings. */
const CAS_FIELD = Array.from({ length: 20 }, (_, i) => `CAS${pad2(i)}`);

const GROUPS: ReadonlySet<string> = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);

function pad2(i: number): string {
  return i < 10 ? `0${i}` : String(i);
}

interface TxState {
  control: string | null;
  line: number;
  segment: number;
  /** Not an 835: its segments are skipped (one rejection was emitted at ST). */
  skip: boolean;
  payer: X12Party;
  payee: X12Party;
  trace: string | null;
  traceOriginator: string | null;
  paymentDate: string | null;
  totalPaymentCents: number | null;
  handlingCode: string | null;
  creditDebit: string | null;
  paymentMethod: string | null;
  claimCount: number;
  plb: ProviderAdjustment[];
  /** Why the payment record itself cannot be ingested (bad BPR02/PLB); claims are unaffected. */
  paymentProblem: Rejection | null;
  /** Loop of the last N1 (PR payer, PE payee) so REF*2U lands on the payer. */
  party: string | null;
  /** Claims per key prefix, for the duplicate counter of RemittanceRecord.key (made on first use). */
  keyCounts: Map<string, number> | null;
}

/**
 * Incremental ASC X12 835 (004010X091 and 005010X221) parser: `push` text chunks, collect the
 * events it returns; `end` flushes. One `remittance` per CLP loop with its service lines and CAS
 * adjustments, one `remittance_payment` per transaction (at SE), and rejections: a claim with a bad
 * amount, code or date is rejected whole (with the line and element, e.g. `CLP04`), its neighbours
 * are kept.
 */
export class X12_835Parser implements SegmentSink {
  private readonly file: string;
  private readonly segmenter: X12Segmenter;
  private out: IngestEvent[] = [];

  private isaControl: string | null = null;
  private version: string | null = null;
  private tx: TxState | null = null;
  private claim: RemittanceRecord | null = null;
  /** The input buffer being scanned, and the open claim's text from earlier buffers. */
  private buf = '';
  private rawParts: string[] = [];
  /** Where the open claim's text starts (or continues) in `buf`. */
  private rawFrom = 0;
  private claimProblem: Rejection | null = null;
  private svc: RemittanceServiceLine | null = null;
  private strayReported = false;
  private sep: Separators | null = null;
  // Shared: segment handling is synchronous, so one reader serves every parser instance.
  private readonly el = SHARED_ELEMENTS;

  constructor(opts: X12ParseOptions = {}) {
    this.file = opts.file ?? '<input>';
    this.segmenter = new X12Segmenter(this);
  }

  /** Feeds a chunk; returns the events completed so far (the caller owns the array). */
  push(chunk: string): IngestEvent[] {
    this.segmenter.push(chunk);
    return this.take();
  }

  /** Ends the input; returns the remaining events. */
  end(): IngestEvent[] {
    this.segmenter.end();
    if (this.tx !== null && !this.tx.skip) {
      const pending = this.claim?.patientControlNumber;
      this.dropClaim();
      this.out.push(
        rejection({
          file: this.file,
          line: this.tx.line,
          segment: this.tx.segment,
          field: 'SE',
          recordKind: 'remittance_payment',
          message:
            `input ends inside transaction ST02=${this.tx.control ?? '?'} (no SE segment): ` +
            (pending !== undefined ? `its last claim (CLP01 ${pending}) and ` : '') +
            'its payment record were not ingested',
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
    this.out.push(
      rejection({ file: this.file, line, field: null, message: 'content is not ASC X12: expected an ISA (or ST) segment' }),
    );
  }

  bufferStart(buf: string, from: number): void {
    this.buf = buf;
    if (this.claim !== null) this.rawFrom = from; // the open claim continues here
  }

  bufferEnd(upTo: number): void {
    // An open claim may continue in the next buffer: keep its text so far for the quarantine.
    if (this.claim !== null) this.rawParts.push(this.buf.slice(this.rawFrom, upTo));
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

    // Hot path first: most segments belong to a claim loop.
    const claim = this.claim;
    if (claim !== null && this.claimProblem === null && this.claimSegment(tag, s, start, end, el, line, ordinal, claim)) return;

    // Envelope and transaction boundaries.
    switch (tag) {
      case T_ISA: {
        this.closeOpenTransaction(line, ordinal, 'ISA');
        const e = this.el.load(s, start, end, el);
        this.isaControl = e.get(13);
        const v = e.get(12);
        this.version = v === null ? null : `${v}0`;
        return;
      }
      case T_GS: {
        const v = this.el.load(s, start, end, el).get(8);
        if (v !== null) this.version = v.slice(0, 6);
        return;
      }
      case T_GE:
        return;
      case T_IEA:
        this.closeOpenTransaction(line, ordinal, 'IEA');
        this.segmenter.expectHeader();
        return;
      case T_ST:
        this.startTransaction(this.el.load(s, start, end, el), line, ordinal);
        return;
      case T_SE:
        this.endTransaction(at);
        return;
    }

    const tx = this.tx;
    if (tx === null) {
      this.stray(s.slice(start, end), line, ordinal, 'segment outside a transaction (no ST before it)');
      return;
    }
    if (tx.skip) return;

    switch (tag) {
      case T_CLP:
        this.flushClaim(at);
        this.startClaim(at, this.el.load(s, start, end, el), line, ordinal);
        return;
      case T_LX:
        this.flushClaim(at);
        return;
      case T_PLB:
        this.flushClaim(at);
        this.readPlb(this.el.load(s, start, end, el), line, ordinal);
        return;
    }

    if (this.claim === null) {
      // Only these header segments carry something Kindly keeps (N3, N4, PER, DTM... do not).
      if (tag === T_BPR || tag === T_TRN || tag === T_N1 || tag === T_REF) this.headerSegment(tag, this.el.load(s, start, end, el), line, ordinal);
      return;
    }
    // Otherwise: a segment of a rejected claim, or one the claim loop ignores (MIA, MOA, QTY...).
  }

  /** Handles a segment of the current claim loop; false when the tag is not one of them. */
  private claimSegment(tag: number, s: string, start: number, end: number, el: string, line: number, ordinal: number, claim: RemittanceRecord): boolean {
    switch (tag) {
      case T_CAS: {
        this.readCas(this.el.load(s, start, end, el), line, ordinal, this.svc !== null ? this.svc.adjustments : claim.adjustments);
        return true;
      }
      case T_SVC:
        this.readSvc(this.el.load(s, start, end, el), line, ordinal);
        return true;
      case T_DTM: {
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const raw = e.get(2);
        const d = raw === null ? null : this.date(raw);
        if (raw !== null && d === null) {
          this.rejectClaim('DTM02', `"${raw}" is not a CCYYMMDD date`, line, ordinal);
          return true;
        }
        if (this.svc !== null) {
          if (q === '472') {
            this.svc.serviceDateFrom = d;
            this.svc.serviceDateTo = d;
          } else if (q === '150') this.svc.serviceDateFrom = d;
          else if (q === '151') this.svc.serviceDateTo = d;
        } else if (q === '232') claim.statementFrom = d;
        else if (q === '233') claim.statementTo = d;
        else if (q === '050') claim.receivedDate = d;
        return true;
      }
      case T_AMT: {
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const raw = e.get(2);
        if (q === null || raw === null) return true;
        const cents = this.amount(raw, 'AMT02', true, line, ordinal);
        if (cents === null) return true;
        if (this.svc !== null) {
          this.svc.amounts.push({ qualifier: q, cents });
          if (q === 'B6') this.svc.allowedCents = cents;
        } else claim.amounts.push({ qualifier: q, cents });
        return true;
      }
      case T_REF: {
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const v = e.get(2);
        if (q === null || v === null) return true;
        if (this.svc !== null) {
          this.svc.references.push({ qualifier: q, value: v });
          if (q === '6R') this.svc.lineControlNumber = v;
        } else claim.references.push({ qualifier: q, value: v });
        return true;
      }
      case T_NM1: {
        const e = this.el.load(s, start, end, el);
        const who = e.get(1);
        if (who === 'QC') claim.patient = readName(e);
        else if (who === 'IL') claim.insured = readName(e);
        else if (who === '74') claim.correctedPatient = readName(e);
        else if (who === '82') claim.renderingProvider = readName(e);
        return true;
      }
      case T_LQ: {
        if (this.svc === null) return true;
        const e = this.el.load(s, start, end, el);
        const q = e.get(1);
        const code = e.get(2);
        if (q !== null && code !== null) this.svc.remarks.push({ qualifier: q, code });
        return true;
      }
      default:
        return false;
    }
  }


  // ------------------------------------------------------------ transactions

  private startTransaction(e: X12Elements, line: number, ordinal: number): void {
    this.closeOpenTransaction(line, ordinal, 'ST');
    this.strayReported = false;
    const id = e.get(1);
    const tx: TxState = {
      control: e.get(2),
      line,
      segment: ordinal,
      skip: id !== '835',
      payer: { name: null, idQualifier: null, id: null },
      payee: { name: null, idQualifier: null, id: null },
      trace: null,
      traceOriginator: null,
      paymentDate: null,
      totalPaymentCents: null,
      handlingCode: null,
      creditDebit: null,
      paymentMethod: null,
      claimCount: 0,
      plb: [],
      paymentProblem: null,
      party: null,
      keyCounts: null,
    };
    this.tx = tx;
    if (tx.skip) {
      this.out.push(
        rejection({
          file: this.file,
          line,
          segment: ordinal,
          field: 'ST01',
          message: `transaction set ${id ?? '(empty)'} is not an 835 remittance: skipped`,
        }),
      );
    }
  }

  private endTransaction(at: number): void {
    const tx = this.tx;
    if (tx === null) return;
    this.flushClaim(at);
    this.tx = null;
    if (tx.skip) return;
    if (tx.paymentProblem !== null) {
      this.out.push(tx.paymentProblem);
      return;
    }
    const payment: RemittancePaymentRecord = {
      kind: 'remittance_payment',
      key: `835|${this.payerId(tx)}|${tx.trace ?? `ISA${this.isaControl ?? ''}/ST${tx.control ?? ''}`}`,
      source: { file: this.file, line: tx.line, entry: null, segment: tx.segment },
      version: this.version,
      interchangeControlNumber: this.isaControl,
      transactionControlNumber: tx.control,
      payer: tx.payer,
      payee: tx.payee,
      paymentTraceNumber: tx.trace,
      paymentDate: tx.paymentDate,
      totalPaymentCents: tx.totalPaymentCents,
      handlingCode: tx.handlingCode,
      creditDebit: tx.creditDebit,
      paymentMethod: tx.paymentMethod,
      claimCount: tx.claimCount,
      providerAdjustments: tx.plb,
    };
    this.out.push(payment);
  }

  /** A new ST/ISA/IEA arrived while a transaction is open: its SE is missing. */
  private closeOpenTransaction(line: number, ordinal: number, found: string): void {
    const tx = this.tx;
    if (tx === null) return;
    this.tx = null;
    if (tx.skip) return;
    const pending = this.claim?.patientControlNumber;
    this.dropClaim();
    this.out.push(
      rejection({
        file: this.file,
        line,
        segment: ordinal,
        field: 'SE',
        recordKind: 'remittance_payment',
        message:
          `${found} found inside transaction ST02=${tx.control ?? '?'} (its SE is missing): ` +
          (pending !== undefined ? `its last claim (CLP01 ${pending}) and ` : '') +
          'its payment record were not ingested',
      }),
    );
  }

  private payerId(tx: TxState): string {
    return tx.payer.id ?? tx.traceOriginator ?? tx.payer.name ?? '';
  }

  private headerSegment(tag: number, e: X12Elements, line: number, ordinal: number): void {
    const tx = this.tx!;
    switch (tag) {
      case T_BPR: {
        tx.handlingCode = e.get(1);
        tx.creditDebit = e.get(3);
        tx.paymentMethod = e.get(4);
        const amount = e.get(2);
        if (amount !== null) {
          const m = parseDecimalCents(amount);
          if (m.ok) tx.totalPaymentCents = m.cents;
          else tx.paymentProblem ??= this.paymentRejection('BPR02', m.error, line, ordinal);
        }
        // Informational only (the money is in CLP/PLB), so a bad date does not cost the payment
        // record: the TR3 managed-care example itself carries 20002316.
        const d = e.get(16);
        tx.paymentDate = d === null ? null : parseX12Date(d);
        return;
      }
      case T_TRN:
        tx.trace = e.get(2);
        tx.traceOriginator = e.get(3);
        return;
      case T_N1: {
        const who = e.get(1);
        tx.party = who;
        const party: X12Party = { name: e.get(2), idQualifier: e.get(3), id: e.get(4) };
        if (who === 'PR') tx.payer = party;
        else if (who === 'PE') tx.payee = party;
        return;
      }
      case T_REF:
        if (tx.party === 'PR' && e.get(1) === '2U' && tx.payer.id === null) {
          tx.payer = { ...tx.payer, idQualifier: '2U', id: e.get(2) };
        }
        return;
      default:
        return;
    }
  }

  private paymentRejection(field: string, message: string, line: number, ordinal: number): Rejection {
    return rejection({ file: this.file, line, segment: ordinal, field, recordKind: 'remittance_payment', message });
  }

  private readPlb(e: X12Elements, line: number, ordinal: number): void {
    const tx = this.tx!;
    const providerId = e.get(1);
    const dateRaw = e.get(2);
    const fiscalPeriodDate = dateRaw === null ? null : parseX12Date(dateRaw);
    if (dateRaw !== null && fiscalPeriodDate === null) {
      tx.paymentProblem ??= this.paymentRejection('PLB02', `"${dateRaw}" is not a CCYYMMDD date`, line, ordinal);
      return;
    }
    const comp = this.sep!.component;
    for (let k = 3; k + 1 <= 14; k += 2) {
      const id = e.get(k);
      const amount = e.get(k + 1);
      if (id === null && amount === null) continue;
      if (id === null || amount === null) {
        tx.paymentProblem ??= this.paymentRejection(`PLB${pad2(id === null ? k : k + 1)}`, 'incomplete adjustment (reason and amount go together)', line, ordinal);
        return;
      }
      const m = parseDecimalCents(amount);
      if (!m.ok) {
        tx.paymentProblem ??= this.paymentRejection(`PLB${pad2(k + 1)}`, m.error, line, ordinal);
        return;
      }
      const parts = id.split(comp);
      tx.plb.push({
        providerId,
        fiscalPeriodDate,
        reasonCode: parts[0]!.trim(),
        reference: parts[1]?.trim() || null,
        amountCents: m.cents,
      });
    }
  }

  // ------------------------------------------------------------ claims

  private startClaim(at: number, e: X12Elements, line: number, ordinal: number): void {
    const tx = this.tx!;
    this.rawParts.length = 0;
    this.rawFrom = at;
    this.claimProblem = null;
    this.svc = null;
    const claim: RemittanceRecord = {
      kind: 'remittance',
      key: '',
      source: { file: this.file, line, entry: null, segment: ordinal },
      version: this.version,
      interchangeControlNumber: this.isaControl,
      transactionControlNumber: tx.control,
      payer: tx.payer,
      payee: tx.payee,
      paymentTraceNumber: tx.trace,
      paymentDate: tx.paymentDate,
      patientControlNumber: e.get(1) ?? '',
      claimStatusCode: e.get(2) ?? '',
      chargeCents: 0,
      paidCents: 0,
      patientResponsibilityCents: null,
      claimFilingIndicator: e.get(6),
      payerClaimControlNumber: e.get(7),
      facilityTypeCode: e.get(8),
      claimFrequencyCode: e.get(9),
      patient: null,
      insured: null,
      correctedPatient: null,
      renderingProvider: null,
      statementFrom: null,
      statementTo: null,
      receivedDate: null,
      adjustments: [],
      amounts: [],
      references: [],
      serviceLines: [],
    };
    this.claim = claim;
    if (claim.patientControlNumber === '') {
      this.rejectClaim('CLP01', 'missing patient control number', line, ordinal);
      return;
    }
    if (claim.claimStatusCode === '') {
      this.rejectClaim('CLP02', 'missing claim status code', line, ordinal);
      return;
    }
    const charge = this.amount(e.get(3), 'CLP03', true, line, ordinal);
    const paid = this.amount(e.get(4), 'CLP04', true, line, ordinal);
    const pr = this.amount(e.get(5), 'CLP05', false, line, ordinal);
    if (this.claimProblem !== null) return;
    claim.chargeCents = charge!;
    claim.paidCents = paid!;
    claim.patientResponsibilityCents = pr;
  }

  private amount(raw: string | null, field: string, required: boolean, line: number, ordinal: number): number | null {
    if (this.claimProblem !== null) return null;
    if (raw === null) {
      if (required) this.rejectClaim(field, 'missing amount', line, ordinal);
      return null;
    }
    const fast = decimalCentsOrNaN(raw);
    if (fast === fast) return fast; // not NaN
    const m = parseDecimalCents(raw);
    if (!m.ok) {
      this.rejectClaim(field, m.error, line, ordinal);
      return null;
    }
    return m.cents;
  }

  private rejectClaim(field: string, message: string, line: number, ordinal: number): void {
    if (this.claimProblem !== null) return;
    const pcn = this.claim?.patientControlNumber;
    this.claimProblem = rejection({
      file: this.file,
      line,
      segment: ordinal,
      field,
      recordKind: 'remittance',
      message: pcn ? `claim ${pcn}: ${message}` : message,
    });
  }

  /** Appends the CAS adjustments to `into` (a rejected claim is dropped whole, partial or not). */
  private readCas(e: X12Elements, line: number, ordinal: number, into: ClaimAdjustment[]): void {
    const group = e.get(1);
    if (group === null || !GROUPS.has(group)) {
      this.rejectClaim('CAS01', `"${group ?? ''}" is not a claim adjustment group code (CO, PR, OA, PI, CR)`, line, ordinal);
      return;
    }
    for (let k = 2; k <= 17; k += 3) {
      const reason = e.get(k);
      const amount = e.get(k + 1);
      if (reason === null && amount === null) {
        if (!e.has(k)) break;
        continue;
      }
      if (reason === null) {
        this.rejectClaim(CAS_FIELD[k]!, 'adjustment amount without a reason code', line, ordinal);
        return;
      }
      const cents = this.amount(amount, CAS_FIELD[k + 1]!, true, line, ordinal);
      if (cents === null) return;
      const qRaw = e.get(k + 2);
      let quantity: number | null = null;
      if (qRaw !== null) {
        quantity = Number(qRaw);
        if (!Number.isFinite(quantity)) {
          this.rejectClaim(CAS_FIELD[k + 2]!, `"${qRaw}" is not a quantity`, line, ordinal);
          return;
        }
      }
      into.push({ group: group as AdjustmentGroup, reason, amountCents: cents, quantity, segment: ordinal });
    }
  }

  private readSvc(e: X12Elements, line: number, ordinal: number): void {
    const claim = this.claim!;
    const charge = this.amount(e.get(2), 'SVC02', false, line, ordinal);
    const paid = this.amount(e.get(3), 'SVC03', false, line, ordinal);
    const unitsPaid = this.units(e.get(5), 'SVC05', line, ordinal);
    const unitsBilled = this.units(e.get(7), 'SVC07', line, ordinal);
    if (this.claimProblem !== null) return;
    const comp = this.sep!.component;
    const original = e.get(6);
    const svc: RemittanceServiceLine = {
      procedure: readProcedure(e.get(1), comp),
      chargeCents: charge,
      paidCents: paid,
      revenueCode: e.get(4),
      unitsPaid,
      originalProcedure: original === null ? null : readProcedure(original, comp),
      unitsBilled,
      serviceDateFrom: null,
      serviceDateTo: null,
      allowedCents: null,
      lineControlNumber: null,
      adjustments: [],
      amounts: [],
      references: [],
      remarks: [],
    };
    claim.serviceLines.push(svc);
    this.svc = svc;
  }

  private lastDateText = '';
  private lastDate: string | null = null;

  /** parseX12Date with a one-entry cache: the same dates repeat segment after segment. */
  private date(raw: string): string | null {
    if (raw !== this.lastDateText) {
      this.lastDateText = raw;
      this.lastDate = parseX12Date(raw);
    }
    return this.lastDate;
  }

  private units(raw: string | null, field: string, line: number, ordinal: number): number | null {
    if (raw === null || this.claimProblem !== null) return null;
    const n = Number(raw);
    if (!Number.isFinite(n)) {
      this.rejectClaim(field, `"${raw}" is not a number of units`, line, ordinal);
      return null;
    }
    return n;
  }

  /** Ends the open claim at buffer position `at` (where the next loop or the SE starts). */
  private flushClaim(at: number): void {
    const claim = this.claim;
    if (claim === null) return;
    const tx = this.tx!;
    this.claim = null;
    this.svc = null;
    if (this.claimProblem !== null) {
      // The claim's original text, as it was in the file, for the quarantine.
      this.claimProblem.raw = (this.rawParts.join('') + this.buf.slice(this.rawFrom, at)).trimEnd();
      this.out.push(this.claimProblem);
      this.claimProblem = null;
      this.rawParts.length = 0;
      return;
    }
    this.rawParts.length = 0;
    // Payer and trace are the same for the whole transaction: count duplicates on the claim part.
    const claimPart = `${claim.patientControlNumber}|${claim.payerClaimControlNumber ?? ''}|${claim.claimStatusCode}`;
    const counts = (tx.keyCounts ??= new Map());
    const n = counts.get(claimPart) ?? 0;
    counts.set(claimPart, n + 1);
    claim.key = `835|${this.payerId(tx)}|${tx.trace ?? ''}|${claimPart}#${n}`;
    // Payer/payee/payment fields were read before the first CLP; refresh in case they came later.
    claim.payer = tx.payer;
    claim.payee = tx.payee;
    claim.paymentTraceNumber = tx.trace;
    claim.paymentDate = tx.paymentDate;
    tx.claimCount++;
    this.out.push(claim);
  }

  private dropClaim(): void {
    this.claim = null;
    this.svc = null;
    this.claimProblem = null;
    this.rawParts.length = 0;
  }

  private stray(seg: string, line: number, ordinal: number, why: string): void {
    if (this.strayReported) return;
    this.strayReported = true;
    const tag = seg.slice(0, Math.max(0, Math.min(3, seg.indexOf(this.sep?.element ?? '*')))) || seg.slice(0, 3);
    this.out.push(rejection({ file: this.file, line, segment: ordinal, field: tag, message: `${why}: ${tag} ignored (and any following ones until the next ST)` }));
  }
}

function readName(e: X12Elements): X12Name {
  return {
    entityType: e.get(2),
    lastName: e.get(3),
    firstName: e.get(4),
    middleName: e.get(5),
    suffix: e.get(7),
    idQualifier: e.get(8),
    id: e.get(9),
  };
}

function readProcedure(raw: string | null, comp: string): ProcedureCode {
  const out: ProcedureCode = { qualifier: null, code: null, modifiers: [], description: null };
  if (raw === null) return out;
  let start = 0;
  for (let i = 0; i <= 6; i++) {
    let end = raw.indexOf(comp, start);
    if (end < 0) end = raw.length;
    if (end > start) {
      const v = raw.slice(start, end).trim();
      if (v !== '') {
        if (i === 0) out.qualifier = v;
        else if (i === 1) out.code = v;
        else if (i <= 5) out.modifiers.push(v);
        else out.description = v;
      }
    }
    if (end >= raw.length) break;
    start = end + 1;
  }
  return out;
}

/** Parses a whole 835 text (or Buffer) and returns every event in order. */
export function parseX12_835(input: string | Buffer, opts: X12ParseOptions = {}): IngestEvent[] {
  let text = typeof input === 'string' ? input : input.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const p = new X12_835Parser(opts);
  const a = p.push(text);
  const b = p.end();
  return b.length === 0 ? a : a.concat(b);
}
