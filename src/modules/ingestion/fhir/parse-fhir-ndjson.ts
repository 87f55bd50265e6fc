import { describeJsonError } from '../shared/json-error.js';
import { rejection } from '../shared/rejection.js';
import type { IngestEvent } from '../types.js';
import { mapDocument, type FhirParseOptions } from './parse-fhir-bundle.js';

interface LineContext {
  file: string;
  skipped: Record<string, number>;
  seenCoverages: Set<string>;
}

function* mapLine(raw: string, lineNo: number, c: LineContext): Generator<IngestEvent> {
  let line = raw;
  if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.length === 0 || line.trim() === '') return;
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (err) {
    const info = describeJsonError(err, line);
    // Columns are what matter on a single line; the line number is the file's.
    const message = info.truncated
      ? 'invalid JSON: the line ends before the JSON value does'
      : info.message.replace(/ at line \d+, column/, ' at column');
    yield rejection({ file: c.file, line: lineNo, message, raw: line });
    return;
  }
  yield* mapDocument(doc, { file: c.file, line: lineNo, path: '', skipped: c.skipped, seenCoverages: c.seenCoverages, linesOf: null });
}

/**
 * Parses FHIR NDJSON text (one resource, or one Bundle, per line). A line with malformed JSON is
 * rejected alone; the lines around it are kept.
 */
export function* parseFhirNdjson(text: string, opts: FhirParseOptions = {}): Generator<IngestEvent> {
  const c: LineContext = { file: opts.file ?? '<input>', skipped: opts.skipped ?? {}, seenCoverages: opts.seenCoverages ?? new Set() };
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    yield* mapLine(text.slice(start, stop), lineNo, c);
    start = end + 1;
  }
}

/** Streaming variant over lines (e.g. from readline): memory stays flat in the file size. */
export async function* streamFhirNdjson(lines: AsyncIterable<string>, opts: FhirParseOptions = {}): AsyncGenerator<IngestEvent> {
  const c: LineContext = { file: opts.file ?? '<input>', skipped: opts.skipped ?? {}, seenCoverages: opts.seenCoverages ?? new Set() };
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    yield* mapLine(line, lineNo, c);
  }
}
