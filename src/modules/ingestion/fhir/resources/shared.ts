import type { FhirReader, Json } from '../fhir-reader.js';

/** Where the resource sits and what the mapping shares across a file. */
export interface MapContext {
  file: string;
  line: number | null;
  entry: number | null;
  /** JSON path of the resource inside its document: `entry[3].resource`, or '' for an NDJSON line. */
  path: string;
  fullUrl: string | null;
  fullUrls: ReadonlyMap<string, string> | null;
  /** Keys of contained Coverages already emitted in this file (they repeat in every Synthea EOB). */
  seenCoverages: Set<string>;
  /** Counts of resource types that are not ingested. */
  skipped: Record<string, number>;
  /** Lazily computes the physical line of the current entry (bundles), for rejections only. */
  lineOf?: (() => number | null) | undefined;
}

export function at(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

/** Keys of a list of references of one type (an issue for each bad one). */
export function refList(r: FhirReader, v: unknown, path: string, type: string): string[] {
  const list = r.arr(v, path, true);
  const keys: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = r.ref(list[i], `${path}[${i}]`, type);
    if (k !== null) keys.push(k);
  }
  return keys;
}

/** The reference a record cannot go without (its patient): an issue when missing or empty. */
export function requireRef(r: FhirReader, res: Json, p: string, field: string, type: string): string | null {
  if (res[field] === undefined || res[field] === null) {
    r.fail(at(p, field), `missing ${field} (required: the record must belong to a patient)`);
    return null;
  }
  const k = r.ref(res[field], at(p, field), type);
  if (k === null && r.issues.length === 0) r.fail(at(p, `${field}.reference`), `${field} has no reference`);
  return k;
}

/** A line's service date: `servicedDate`, else the start of `servicedPeriod`. */
export function servicedDate(r: FhirReader, it: Json, ip: string): string | null {
  const d = r.moment(it['servicedDate'], `${ip}.servicedDate`);
  if (d !== null) return d.date;
  return r.period(it['servicedPeriod'], `${ip}.servicedPeriod`).start?.date ?? null;
}
