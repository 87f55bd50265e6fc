import { rejection } from '../shared/rejection.js';
import type { IngestEvent, RecordKind, SourceLocation } from '../types.js';
import { FhirReader, isFhirId, isObject, describe, type Json } from './fhir-reader.js';
import { mapAccount } from './resources/account.js';
import { mapClaim } from './resources/claim.js';
import { mapCoverage } from './resources/coverage.js';
import { mapEncounter } from './resources/encounter.js';
import { mapEob } from './resources/explanation-of-benefit.js';
import { mapInvoice } from './resources/invoice.js';
import { mapOrganization } from './resources/organization.js';
import { mapPatient } from './resources/patient.js';
import { at, type MapContext } from './resources/shared.js';

export type { MapContext } from './resources/shared.js';

const KIND_BY_TYPE: Record<string, RecordKind> = {
  Patient: 'patient',
  Coverage: 'coverage',
  Encounter: 'encounter',
  Claim: 'claim',
  ExplanationOfBenefit: 'eob',
  Account: 'account',
  Invoice: 'invoice',
  Organization: 'organization',
};

/** Resource types that become canonical records. */
export const INGESTED_TYPES: readonly string[] = Object.keys(KIND_BY_TYPE);

/**
 * The record key of a resource: `Type/id`; without an id, the uuid of its `urn:uuid:` fullUrl;
 * else `Type?identifier=system|value`; null when none exists (the resource cannot be upserted).
 */
export function resourceKey(res: Json, fullUrl: string | null): string | null {
  const type = res['resourceType'];
  if (typeof type !== 'string') return null;
  const id = res['id'];
  if (typeof id === 'string' && isFhirId(id)) return `${type}/${id}`;
  if (fullUrl !== null) {
    if (fullUrl.startsWith('urn:uuid:')) return `${type}/${fullUrl.slice(9)}`;
    const m = /\/([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(fullUrl);
    if (m) return `${m[1]}/${m[2]}`;
  }
  const ids = res['identifier'];
  if (Array.isArray(ids)) {
    for (const i of ids) {
      if (isObject(i) && typeof i['value'] === 'string') {
        return `${type}?identifier=${typeof i['system'] === 'string' ? i['system'] : ''}|${i['value']}`;
      }
    }
  }
  return null;
}

function rawOf(res: unknown): string | null {
  try {
    return JSON.stringify(res);
  } catch {
    return null;
  }
}

function reject(ctx: MapContext, field: string | null, message: string, kind: RecordKind | null, res: unknown): IngestEvent {
  return rejection({
    file: ctx.file,
    line: ctx.line ?? ctx.lineOf?.() ?? null,
    entry: ctx.entry,
    field,
    message,
    recordKind: kind,
    raw: rawOf(res),
  });
}

function issuesMessage(r: FhirReader): string {
  const [first, ...rest] = r.issues;
  if (first === undefined) return '';
  if (rest.length === 0) return first.message;
  return `${first.message} (and ${rest.length} more: ${rest
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ')}${rest.length > 3 ? '; …' : ''})`;
}

/**
 * Maps one FHIR resource to canonical records (an EOB also yields the Coverages it contains, before
 * itself), or to one rejection naming the first bad field. Unsupported types are only counted.
 */
export function mapFhirResource(res: unknown, ctx: MapContext, out: IngestEvent[]): void {
  if (!isObject(res)) {
    out.push(reject(ctx, ctx.path || null, `expected a resource object, got ${describe(res)}`, null, res));
    return;
  }
  const type = res['resourceType'];
  if (typeof type !== 'string' || type === '') {
    out.push(reject(ctx, at(ctx.path, 'resourceType'), 'missing resourceType', null, res));
    return;
  }
  const kind = KIND_BY_TYPE[type];
  if (kind === undefined) {
    ctx.skipped[type] = (ctx.skipped[type] ?? 0) + 1;
    return;
  }
  const id = res['id'];
  if (id !== undefined && (typeof id !== 'string' || !isFhirId(id))) {
    out.push(reject(ctx, at(ctx.path, 'id'), `invalid id ${describe(id)} (letters, digits, '-' and '.', at most 64)`, kind, res));
    return;
  }
  const key = resourceKey(res, ctx.fullUrl);
  if (key === null) {
    out.push(reject(ctx, at(ctx.path, 'id'), 'no id, fullUrl or identifier: the record cannot be keyed for idempotent upserts', kind, res));
    return;
  }
  const source: SourceLocation = { file: ctx.file, line: ctx.line, entry: ctx.entry, segment: null };
  const r = new FhirReader();
  r.scope = { fullUrls: ctx.fullUrls, contained: new Map(), selfKey: key };
  const p = ctx.path;
  const pending: IngestEvent[] = [];
  let record: IngestEvent;
  switch (type) {
    case 'Patient':
      record = mapPatient(r, res, p, key, source);
      break;
    case 'Coverage':
      record = mapCoverage(r, res, p, key, source, null);
      break;
    case 'Encounter':
      record = mapEncounter(r, res, p, key, source);
      break;
    case 'Claim':
      record = mapClaim(r, res, p, key, source);
      break;
    case 'ExplanationOfBenefit':
      record = mapEob(r, res, p, key, source, ctx, pending);
      break;
    case 'Account':
      record = mapAccount(r, res, p, key, source);
      break;
    case 'Invoice':
      record = mapInvoice(r, res, p, key, source);
      break;
    default:
      record = mapOrganization(r, res, p, key, source);
      break;
  }
  if (r.issues.length > 0) {
    out.push(reject(ctx, r.issues[0]!.path, issuesMessage(r), kind, res));
    return;
  }
  for (const e of pending) out.push(e);
  out.push(record);
}
