import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseBalanceCsv, type BalanceCsvOptions } from './csv/parse-balance-csv.js';
import { DETECT_HEAD_BYTES, detectKind } from './detect-kind.js';
import { parseFhirBundle } from './fhir/parse-fhir-bundle.js';
import { parseFhirNdjson, streamFhirNdjson } from './fhir/parse-fhir-ndjson.js';
import { describeJsonError } from './shared/json-error.js';
import { rejection } from './shared/rejection.js';
import type { FileSummary, IngestEvent, IngestFormat } from './types.js';
import { X12_835Parser } from './x12/parse-x12-835.js';
import { X12_837Parser } from './x12/parse-x12-837.js';

export interface ParseFileOptions {
  /** Skip detection and parse as this kind. */
  kind?: Exclude<IngestFormat, 'unknown'>;
  /** Name used in `source.file` and rejections (default: the path as given). */
  displayName?: string;
  /** CSV column mapping and delimiter. */
  csv?: Omit<BalanceCsvOptions, 'file'>;
  /** A JSON bundle is read whole; larger ones are refused (export NDJSON instead). Default 256 MiB. */
  maxBundleBytes?: number;
  /**
   * Read size for NDJSON, X12 and CSV streams. Default 64 KiB: the records of one chunk are alive
   * together, and 1 MiB batches made the X12 parser spend twice as long in GC.
   */
  chunkBytes?: number;
}

const DEFAULT_MAX_BUNDLE = 256 * 1024 * 1024;

/**
 * Parses one file of any supported kind (detected from its content) as a stream of events:
 * canonical records and rejections in file order, then one `file_summary`. Memory stays flat in
 * the file size for NDJSON, X12 and CSV; a JSON bundle is read whole (bounded by maxBundleBytes).
 */
export async function* parseFile(path: string, opts: ParseFileOptions = {}): AsyncGenerator<IngestEvent> {
  const file = opts.displayName ?? path;
  const summary: FileSummary = { kind: 'file_summary', file, format: 'unknown', bytes: 0, records: {}, rejected: 0, skipped: {} };
  const tally = (e: IngestEvent): IngestEvent => {
    if (e.kind === 'rejection') summary.rejected++;
    else if (e.kind !== 'file_summary') summary.records[e.kind] = (summary.records[e.kind] ?? 0) + 1;
    return e;
  };
  const count = function* (events: Iterable<IngestEvent>): Generator<IngestEvent> {
    for (const e of events) yield tally(e);
  };

  let head: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      summary.bytes = (await fh.stat()).size;
      const buf = Buffer.alloc(Math.min(DETECT_HEAD_BYTES, summary.bytes));
      const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch (err) {
    yield tally(rejection({ file, message: `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }));
    yield summary;
    return;
  }
  const kind = opts.kind ?? detectKind(head);
  summary.format = kind;
  const highWaterMark = opts.chunkBytes ?? 1 << 16;

  switch (kind) {
    case 'fhir-bundle': {
      const max = opts.maxBundleBytes ?? DEFAULT_MAX_BUNDLE;
      if (summary.bytes > max) {
        yield tally(rejection({ file, line: 1, message: `JSON bundle of ${summary.bytes} bytes exceeds the ${max}-byte limit for whole-file parsing: export it as NDJSON` }));
        break;
      }
      let text = await readFile(path, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        const info = describeJsonError(err, text);
        if (info.trailingAt !== null) {
          // A second JSON value follows the first: the file is NDJSON whose first line was long.
          summary.format = 'fhir-ndjson';
          yield* count(parseFhirNdjson(text, { file, skipped: summary.skipped }));
        } else {
          yield tally(rejection({ file, line: info.line, message: info.message }));
        }
        break;
      }
      yield* count(parseFhirBundle(doc as Record<string, unknown>, { file, skipped: summary.skipped, text }));
      break;
    }
    case 'fhir-ndjson': {
      const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark }), crlfDelay: Infinity });
      for await (const e of streamFhirNdjson(lines, { file, skipped: summary.skipped })) yield tally(e);
      break;
    }
    case 'x12':
    case 'x12-837': {
      const parser = kind === 'x12' ? new X12_835Parser({ file }) : new X12_837Parser({ file });
      let first = true;
      for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark })) {
        let text = chunk as string;
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        yield* count(parser.push(text));
      }
      yield* count(parser.end());
      break;
    }
    case 'csv': {
      const stream = createReadStream(path, { highWaterMark });
      for await (const e of parseBalanceCsv(stream, { ...opts.csv, file })) yield tally(e);
      break;
    }
    default:
      yield tally(rejection({ file, line: 1, message: 'unrecognized content: expected a FHIR JSON bundle, FHIR NDJSON, ASC X12 835 or 837, or a CSV balance file' }));
  }
  yield summary;
}
