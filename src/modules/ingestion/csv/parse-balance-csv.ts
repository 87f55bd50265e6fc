import { Readable } from 'node:stream';
import { parse, type CsvError, type Options as CsvParseOptions } from 'csv-parse';
import { parseCsvDate } from '../shared/dates.js';
import { parseMoneyText } from '../shared/money.js';
import { rejection } from '../shared/rejection.js';
import type { BalanceRecord, IngestEvent, Rejection } from '../types.js';
import { resolveColumns, type BalanceColumnMapping, type BalanceField, type ResolvedColumns } from './balance-mapping.js';

export interface BalanceCsvOptions {
  /** Name reported in `source.file` and rejections (default `<input>`). */
  file?: string;
  /** Canonical field -> header name(s); merged over DEFAULT_BALANCE_MAPPING. */
  mapping?: BalanceColumnMapping;
  /** Field delimiter; detected from the header line (`,` `;` tab `|`) when absent. */
  delimiter?: string;
}

type Input = string | Buffer | AsyncIterable<string | Buffer> | Iterable<string | Buffer>;

const MONEY_FIELDS = ['charges', 'insurancePaid', 'adjustments', 'patientPaid', 'balance'] as const;

/** Picks the delimiter that occurs most in the first line (outside quotes). */
export function detectDelimiter(firstLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const d of Object.keys(counts)) if (counts[d]! > counts[best]!) best = d;
  return best;
}

async function* chunksOf(input: Input): AsyncGenerator<string | Buffer> {
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    yield input;
    return;
  }
  yield* input as AsyncIterable<string | Buffer>;
}

/**
 * Streams a CSV balance file (one row per account/encounter) into `balance` records. The first
 * row is the header, resolved through the column mapping; a missing required column rejects the
 * file once. A row with a bad value is rejected alone (line, header name, reason).
 */
export async function* parseBalanceCsv(input: Input, opts: BalanceCsvOptions = {}): AsyncGenerator<IngestEvent> {
  const file = opts.file ?? '<input>';
  const source = chunksOf(input);
  // Peek the first chunk to detect the delimiter, then replay it.
  const first = await source.next();
  if (first.done) return;
  const head = typeof first.value === 'string' ? first.value : first.value.toString('utf8', 0, Math.min(first.value.length, 65536));
  const delimiter = opts.delimiter ?? detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');

  // Rows skipped by csv-parse arrive through a callback while a chunk is parsed, ahead of the
  // records already queued in the stream: each is tagged with how many records preceded it and
  // emitted in that position.
  const skipped: { after: number; rejection: Rejection }[] = [];
  let parsedRecords = 0;
  let lastParsedLine = 0;
  // `on_skip` exists in csv-parse 5 but is missing from its type definitions.
  const csvOptions: CsvParseOptions & { on_skip: (err: CsvError | undefined, raw: string | undefined) => void } = {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    // A stray quote becomes part of the value (then fails that field's check) instead of
    // desynchronizing the parser and swallowing the rows after it.
    relax_quotes: true,
    // Bounds memory when an unclosed quote would otherwise pull the rest of the file into one field.
    max_record_size: 1 << 20,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (rec: string[], ctx: { lines: number }) => {
      parsedRecords++;
      lastParsedLine = ctx.lines;
      return rec;
    },
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      const endLine = (err as { lines?: number } | undefined)?.lines ?? lastParsedLine + 1;
      const text = raw === undefined ? '' : trimRaw(raw);
      // csv-parse counts a trailing line break inconsistently; the row starts after the last one.
      const line = Math.max(lastParsedLine + 1, endLine - countNewlines(text) - (raw?.endsWith('\n') ? 1 : 0));
      skipped.push({
        after: parsedRecords,
        rejection: rejection({
          file,
          line,
          message: `malformed CSV row: ${err?.message ?? 'unreadable'}`,
          recordKind: 'balance',
          raw: raw === undefined ? null : text,
        }),
      });
    },
  };
  const parser = parse(csvOptions);
  const replay = (async function* () {
    yield first.value;
    for await (const c of { [Symbol.asyncIterator]: () => source }) yield c;
  })();
  Readable.from(replay).pipe(parser);

  let cols: ResolvedColumns | null = null;
  let consumed = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      while (skipped.length > 0 && skipped[0]!.after <= consumed) yield skipped.shift()!.rejection;
      consumed++;
      const raw = trimRaw(item.raw);
      const { record, info } = item;
      // csv-parse reports the line where a record ends; a quoted field may span lines.
      const line = info.lines - countNewlines(raw);
      if (cols === null) {
        cols = resolveColumns(record.map((h) => h.trim()), opts.mapping);
        if (cols.missing.length > 0) {
          yield rejection({
            file,
            line,
            field: 'header',
            recordKind: 'balance',
            message: `no column for ${cols.missing
              .map((m) => `${m.field} (looked for: ${m.looked.join(', ')})`)
              .join('; ')}: the file was not ingested; pass a column mapping`,
          });
          parser.destroy();
          return;
        }
        continue;
      }
      if (record.every((v) => v.trim() === '')) continue;
      yield mapRow(record, line, raw, cols, file);
    }
  } catch (err) {
    while (skipped.length > 0) yield skipped.shift()!.rejection;
    const e = err as CsvError & { lines?: number };
    yield rejection({ file, line: e.lines ?? null, recordKind: 'balance', message: `malformed CSV: ${e.message}; the rest of the file was not read` });
    return;
  }
  while (skipped.length > 0) yield skipped.shift()!.rejection;
}

function mapRow(record: string[], line: number, raw: string, cols: ResolvedColumns, file: string): IngestEvent {
  const fail = (field: BalanceField | null, message: string): Rejection =>
    rejection({
      file,
      line,
      field: field === null ? null : (cols.headers[cols.index[field]!] ?? field),
      message: field === null ? message : `${field}: ${message}`,
      recordKind: 'balance',
      raw,
    });
  if (record.length !== cols.headers.length) {
    return fail(null, `row has ${record.length} fields, the header has ${cols.headers.length}`);
  }
  const get = (f: BalanceField): string | null => {
    const i = cols.index[f];
    if (i === undefined) return null;
    const v = record[i]?.trim();
    return v === undefined || v === '' ? null : v;
  };
  const accountNumber = get('accountNumber');
  if (accountNumber === null) return fail('accountNumber', 'missing account number');
  const sd = get('serviceDate');
  if (sd === null) return fail('serviceDate', 'missing service date');
  const serviceDate = parseCsvDate(sd);
  if (serviceDate === null) return fail('serviceDate', `"${sd}" is not a date (YYYY-MM-DD or M/D/YYYY)`);
  const bd = get('birthDate');
  const birthDate = bd === null ? null : parseCsvDate(bd);
  if (bd !== null && birthDate === null) return fail('birthDate', `"${bd}" is not a date (YYYY-MM-DD or M/D/YYYY)`);
  const money: Partial<Record<(typeof MONEY_FIELDS)[number], number | null>> = {};
  for (const f of MONEY_FIELDS) {
    const v = get(f);
    if (v === null) {
      if (f === 'balance') return fail('balance', 'missing balance');
      money[f] = null;
      continue;
    }
    const m = parseMoneyText(v);
    if (!m.ok) return fail(f, m.error);
    money[f] = m.cents;
  }
  const encounterId = get('encounterId');
  const rec: BalanceRecord = {
    kind: 'balance',
    key: `balance|${accountNumber}|${encounterId ?? serviceDate}`,
    source: { file, line, entry: null, segment: null },
    accountNumber,
    personId: get('personId'),
    firstName: get('firstName'),
    lastName: get('lastName'),
    birthDate,
    encounterId,
    serviceDate,
    chargesCents: money.charges ?? null,
    insurancePaidCents: money.insurancePaid ?? null,
    adjustmentsCents: money.adjustments ?? null,
    patientPaidCents: money.patientPaid ?? null,
    balanceCents: money.balance!,
    payerName: get('payerName'),
    email: get('email'),
    phone: get('phone'),
    addressLine: get('addressLine'),
    city: get('city'),
    state: get('state'),
    postalCode: get('postalCode'),
    language: get('language'),
  };
  return rec;
}

function trimRaw(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && (raw.charCodeAt(a) === 13 || raw.charCodeAt(a) === 10)) a++;
  while (b > a && (raw.charCodeAt(b - 1) === 13 || raw.charCodeAt(b - 1) === 10)) b--;
  return raw.slice(a, b);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
