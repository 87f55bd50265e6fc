import { numberToCents } from '../shared/money.js';
import { isFhirDate, parseFhirMoment, type FhirMoment } from '../shared/dates.js';
import type { Cents, Identifier, PostalAddress } from '../types.js';

/** A structural problem found while reading a resource, with its JSON path. */
export interface Issue {
  path: string;
  message: string;
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where references point: fullUrl map of the bundle, and the resource's own contained ids. */
export interface RefScope {
  /** Bundle `entry.fullUrl` -> record key. */
  fullUrls: ReadonlyMap<string, string> | null;
  /** `#id` of a contained resource -> record key. */
  contained: Map<string, string>;
  /** Key of the resource being read (contained references without a mapping resolve under it). */
  selfKey: string;
}

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
export function isFhirId(v: string): boolean {
  return ID.test(v);
}

const RELATIVE_REF = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/**
 * Normalizes a FHIR reference to a record key: `Patient/123` (also from absolute URLs and
 * `_history` versions), a bundle `urn:uuid:` resolved through the fullUrl map (else
 * `<expectedType>/<uuid>`), `#id` resolved to the contained resource, and conditional references
 * (`Organization?identifier=...`, used by Synthea) kept as they are.
 */
export function resolveReference(ref: string, expectedType: string | null, scope: RefScope | null): string {
  if (ref.startsWith('#')) {
    const k = scope?.contained.get(ref.slice(1));
    if (k !== undefined) return k;
    return `${scope?.selfKey ?? ''}${ref}`;
  }
  const viaBundle = scope?.fullUrls?.get(ref);
  if (viaBundle !== undefined) return viaBundle;
  if (ref.startsWith('urn:uuid:') || ref.startsWith('urn:oid:')) {
    const id = ref.slice(9);
    return expectedType === null ? ref : `${expectedType}/${id}`;
  }
  if (ref.includes('?')) return ref;
  const m = RELATIVE_REF.exec(ref);
  if (m) return `${m[1]}/${m[2]}`;
  return ref;
}

/**
 * Reads FHIR JSON values with light structural validation. Nothing throws: every problem is
 * recorded in `issues` with its path, and the caller rejects the resource when any was found.
 * Paths are plain strings built by the caller (`entry[3].resource.total.value`).
 */
export class FhirReader {
  issues: Issue[] = [];
  scope: RefScope | null = null;

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  str(v: unknown, path: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    this.fail(path, `expected a string, got ${describe(v)}`);
    return null;
  }

  bool(v: unknown, path: string): boolean | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'boolean') return v;
    this.fail(path, `expected a boolean, got ${describe(v)}`);
    return null;
  }

  num(v: unknown, path: string): number | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.fail(path, `expected a JSON number, got ${describe(v)}`);
    return null;
  }

  obj(v: unknown, path: string): Json | null {
    if (v === undefined || v === null) return null;
    if (isObject(v)) return v;
    this.fail(path, `expected an object, got ${describe(v)}`);
    return null;
  }

  /** An array; `lenientSingle` also accepts one object (STU3 shapes such as `EOB.insurance`). */
  arr(v: unknown, path: string, lenientSingle = false): unknown[] {
    if (v === undefined || v === null) return EMPTY;
    if (Array.isArray(v)) return v;
    if (lenientSingle && isObject(v)) return [v];
    this.fail(path, `expected an array, got ${describe(v)}`);
    return EMPTY;
  }

  /** FHIR Money -> cents; USD only (a bare number is accepted for legacy `Claim.total`). */
  money(v: unknown, path: string, allowBareNumber = false): Cents | null {
    if (v === undefined || v === null) return null;
    let value: unknown;
    if (isObject(v)) {
      const currency = v['currency'];
      if (currency !== undefined && currency !== 'USD') {
        this.fail(`${path}.currency`, `currency ${JSON.stringify(currency)} is not supported (USD only)`);
        return null;
      }
      value = v['value'];
      if (value === undefined || value === null) return null;
      path = `${path}.value`;
    } else if (allowBareNumber && typeof v === 'number') {
      value = v;
    } else {
      this.fail(path, `expected Money ({ value, currency }), got ${describe(v)}`);
      return null;
    }
    if (typeof value !== 'number') {
      this.fail(path, `expected a JSON number, got ${describe(value)}`);
      return null;
    }
    const c = numberToCents(value);
    if (!c.ok) {
      this.fail(path, c.error);
      return null;
    }
    return c.cents;
  }

  moment(v: unknown, path: string): FhirMoment | null {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') {
      this.fail(path, `expected a date/dateTime string, got ${describe(v)}`);
      return null;
    }
    const m = parseFhirMoment(v);
    if (m === null) this.fail(path, `"${v}" is not a valid FHIR date/dateTime`);
    return m;
  }

  /** FHIR `date` kept as written (may be partial). */
  date(v: unknown, path: string): string | null {
    const s = this.str(v, path);
    if (s === null) return null;
    if (!isFhirDate(s)) {
      this.fail(path, `"${s}" is not a valid FHIR date`);
      return null;
    }
    return s;
  }

  period(v: unknown, path: string): { start: FhirMoment | null; end: FhirMoment | null } {
    const p = this.obj(v, path);
    if (p === null) return NO_PERIOD;
    return { start: this.moment(p['start'], `${path}.start`), end: this.moment(p['end'], `${path}.end`) };
  }

  /** Reference -> record key (null when it only has a display). */
  ref(v: unknown, path: string, expectedType: string | null): string | null {
    const r = this.obj(v, path);
    if (r === null) return null;
    const ref = this.str(r['reference'], `${path}.reference`);
    if (ref === null || ref === '') return null;
    return resolveReference(ref, expectedType, this.scope);
  }

  refDisplay(v: unknown, path: string): string | null {
    if (!isObject(v)) return null;
    return this.str(v['display'], `${path}.display`);
  }

  /** First coding code of a CodeableConcept (or of a bare Coding, or a plain code string). */
  code(v: unknown, path: string): string | null {
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    const cc = this.obj(v, path);
    if (cc === null) return null;
    if (typeof cc['code'] === 'string') return cc['code'];
    const codings = this.arr(cc['coding'], `${path}.coding`);
    for (let i = 0; i < codings.length; i++) {
      const c = codings[i];
      if (isObject(c) && typeof c['code'] === 'string') return c['code'];
    }
    return null;
  }

  /** [system, code, display] of the first coding, with `text` as display fallback. */
  coding(v: unknown, path: string): [string | null, string | null, string | null] {
    const cc = this.obj(v, path);
    if (cc === null) return [null, null, null];
    const text = this.str(cc['text'], `${path}.text`);
    const codings = this.arr(cc['coding'], `${path}.coding`);
    const c = codings[0];
    if (isObject(c)) {
      return [
        this.str(c['system'], `${path}.coding[0].system`),
        this.str(c['code'], `${path}.coding[0].code`),
        this.str(c['display'], `${path}.coding[0].display`) ?? text,
      ];
    }
    return [null, null, text];
  }

  text(v: unknown, path: string): string | null {
    if (!isObject(v)) return null;
    const t = this.str(v['text'], `${path}.text`);
    if (t !== null) return t;
    const codings = this.arr(v['coding'], `${path}.coding`);
    const c = codings[0];
    return isObject(c) && typeof c['display'] === 'string' ? c['display'] : null;
  }

  identifiers(v: unknown, path: string, drop: ReadonlySet<string> = NOTHING): Identifier[] {
    const list = this.arr(v, path);
    const out: Identifier[] = [];
    for (let i = 0; i < list.length; i++) {
      const p = `${path}[${i}]`;
      const id = this.obj(list[i], p);
      if (id === null) continue;
      const value = this.str(id['value'], `${p}.value`);
      if (value === null) continue; // CARIN has identifiers with only a type: nothing to match on
      const system = this.str(id['system'], `${p}.system`);
      const type = this.code(id['type'], `${p}.type`);
      if ((type !== null && drop.has(type)) || (system !== null && drop.has(system))) continue;
      out.push({ system, value, type });
    }
    return out;
  }

  address(v: unknown, path: string): PostalAddress | null {
    const list = this.arr(v, path);
    const a = list.length > 0 ? this.obj(list[0], `${path}[0]`) : null;
    if (a === null) return null;
    const lines = this.arr(a['line'], `${path}[0].line`).filter((l): l is string => typeof l === 'string');
    return {
      lines,
      city: this.str(a['city'], `${path}[0].city`),
      state: this.str(a['state'], `${path}[0].state`),
      postalCode: this.str(a['postalCode'], `${path}[0].postalCode`),
      country: this.str(a['country'], `${path}[0].country`),
    };
  }

  /** First telecom value of the given system (phone, email). */
  telecom(v: unknown, path: string, system: string): string | null {
    const list = this.arr(v, path);
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (isObject(t) && t['system'] === system && typeof t['value'] === 'string') return t['value'];
    }
    return null;
  }
}

const EMPTY: unknown[] = [];
const NOTHING: ReadonlySet<string> = new Set();
const NO_PERIOD = { start: null, end: null };

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
