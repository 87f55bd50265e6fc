import { describeJsonError } from '../shared/json-error.js';
import { rejection } from '../shared/rejection.js';
import type { IngestEvent } from '../types.js';
import { describe, isObject, type Json } from './fhir-reader.js';
import { locateBundleEntries } from './locate-bundle-entries.js';
import { mapFhirResource, resourceKey } from './map-fhir-resource.js';

export interface FhirParseOptions {
  /** Name reported in `source.file` and rejections (default `<input>`). */
  file?: string;
  /** Filled with counts of resource types that are not ingested (Observation...). */
  skipped?: Record<string, number>;
  /**
   * Keys of contained Coverages already emitted (shared across the bundles of one file so a
   * patient's coverage is emitted once).
   */
  seenCoverages?: Set<string>;
  /** The JSON text of an already parsed `input`, used only to give rejections a line number. */
  text?: string;
}

/**
 * Parses one FHIR JSON document: a Bundle (transaction, batch, collection, searchset...) or a
 * single resource. Text is parsed whole (the caller reads the file whole; see docs/ingestion.md).
 * Invalid JSON gives exactly one rejection; a bad entry rejects that entry only.
 */
export function* parseFhirBundle(input: string | Json, opts: FhirParseOptions = {}): Generator<IngestEvent> {
  const file = opts.file ?? '<input>';
  let doc: unknown;
  let text: string | null = null;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      const info = describeJsonError(err, text);
      yield rejection({ file, line: info.line, field: null, message: info.message });
      return;
    }
  } else {
    doc = input;
    text = opts.text ?? null;
  }
  yield* mapDocument(doc, {
    file,
    line: null,
    path: '',
    skipped: opts.skipped ?? {},
    seenCoverages: opts.seenCoverages ?? new Set(),
    linesOf: text === null ? null : lazyEntryLines(text),
  });
}

interface DocContext {
  file: string;
  /** Physical line of the whole document (NDJSON), else null. */
  line: number | null;
  /** JSON path prefix of the document (always '' today; kept for nested bundles). */
  path: string;
  skipped: Record<string, number>;
  seenCoverages: Set<string>;
  /** Physical line of entry i (bundle files only). */
  linesOf: ((i: number) => number | null) | null;
}

function lazyEntryLines(text: string): (i: number) => number | null {
  let lines: number[] | null = null;
  return (i) => {
    lines ??= locateBundleEntries(text);
    return lines[i] ?? null;
  };
}

/** Maps a parsed document (Bundle or lone resource) to events; shared with the NDJSON parser. */
export function* mapDocument(doc: unknown, d: DocContext): Generator<IngestEvent> {
  if (!isObject(doc)) {
    yield rejection({ file: d.file, line: d.line ?? 1, field: d.path || null, message: `expected a FHIR resource object, got ${describe(doc)}` });
    return;
  }
  if (doc['resourceType'] !== 'Bundle') {
    const out: IngestEvent[] = [];
    mapFhirResource(doc, {
      file: d.file,
      line: d.line,
      entry: null,
      path: d.path,
      fullUrl: null,
      fullUrls: null,
      seenCoverages: d.seenCoverages,
      skipped: d.skipped,
      lineOf: d.line === null ? () => 1 : undefined,
    }, out);
    yield* out;
    return;
  }
  const entryPath = d.path === '' ? 'entry' : `${d.path}.entry`;
  const entries = doc['entry'];
  if (entries === undefined) return;
  if (!Array.isArray(entries)) {
    yield rejection({ file: d.file, line: d.line ?? 1, field: entryPath, message: `Bundle.entry must be an array, got ${describe(entries)}` });
    return;
  }
  // First pass: fullUrl -> key, so `urn:uuid:` references resolve to the records' keys.
  const fullUrls = new Map<string, string>();
  for (const e of entries) {
    if (!isObject(e) || typeof e['fullUrl'] !== 'string' || !isObject(e['resource'])) continue;
    const key = resourceKey(e['resource'], e['fullUrl']);
    if (key !== null) fullUrls.set(e['fullUrl'], key);
  }
  const out: IngestEvent[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e: unknown = entries[i];
    const p = `${entryPath}[${i}]`;
    const lineOf = d.linesOf === null ? undefined : () => d.linesOf!(i);
    if (!isObject(e)) {
      yield rejection({ file: d.file, line: d.line ?? lineOf?.() ?? null, entry: i, field: p, message: `expected an entry object, got ${describe(e)}` });
      continue;
    }
    const request = e['request'];
    if (isObject(request) && request['method'] === 'DELETE') {
      yield rejection({ file: d.file, line: d.line ?? lineOf?.() ?? null, entry: i, field: `${p}.request.method`, message: 'DELETE entries are not supported: ingestion only adds and updates records' });
      continue;
    }
    const res = e['resource'];
    if (res === undefined || res === null) {
      yield rejection({ file: d.file, line: d.line ?? lineOf?.() ?? null, entry: i, field: `${p}.resource`, message: 'entry has no resource' });
      continue;
    }
    out.length = 0;
    mapFhirResource(res, {
      file: d.file,
      line: d.line,
      entry: i,
      path: `${p}.resource`,
      fullUrl: typeof e['fullUrl'] === 'string' ? e['fullUrl'] : null,
      fullUrls,
      seenCoverages: d.seenCoverages,
      skipped: d.skipped,
      lineOf,
    }, out);
    yield* out;
  }
}
