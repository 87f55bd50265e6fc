import type { RecordKind, Rejection } from '../types.js';

const RAW_LIMIT = 64 * 1024;

/** Builds a rejection; `raw` is kept for the quarantine only when it is reasonably small. */
export function rejection(r: {
  file: string;
  message: string;
  line?: number | null;
  entry?: number | null;
  segment?: number | null;
  field?: string | null;
  recordKind?: RecordKind | null;
  raw?: string | null;
}): Rejection {
  const raw = r.raw ?? null;
  return {
    kind: 'rejection',
    file: r.file,
    line: r.line ?? null,
    entry: r.entry ?? null,
    segment: r.segment ?? null,
    field: r.field ?? null,
    message: r.message,
    recordKind: r.recordKind ?? null,
    raw: raw !== null && raw.length <= RAW_LIMIT ? raw : null,
  };
}
