import { rejection } from '../shared/rejection.js';
import type {
  AccountRecord,
  BenefitBalance,
  ClaimItem,
  ClaimRecord,
  CoverageRecord,
  EncounterRecord,
  EobItem,
  EobRecord,
  IngestEvent,
  InvoiceLine,
  InvoiceRecord,
  OrganizationRecord,
  PatientRecord,
  RecordKind,
  SourceLocation,
} from '../types.js';
import { FhirReader, isFhirId, isObject, describe, type Json } from './fhir-reader.js';
import { AdjudicationAccumulator, mergeTotals } from './map-adjudication.js';

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

// Identity documents are not needed to collect a bill (HIPAA minimum necessary): dropped.
const DROPPED_IDENTIFIERS: ReadonlySet<string> = new Set([
  'SS',
  'SB',
  'DL',
  'PPN',
  'http://hl7.org/fhir/sid/us-ssn',
  'http://hl7.org/fhir/sid/passport-USA',
]);

const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';
const TAX_ID_SYSTEM = 'urn:oid:2.16.840.1.113883.4.4';

function at(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

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

// ---------------------------------------------------------------- Patient

function mapPatient(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): PatientRecord {
  const identifiers = r.identifiers(res['identifier'], at(p, 'identifier'), DROPPED_IDENTIFIERS);
  const names = r.arr(res['name'], at(p, 'name'));
  let nameIdx = names.findIndex((n) => isObject(n) && n['use'] === 'official');
  if (nameIdx < 0) nameIdx = 0;
  const np = `${at(p, 'name')}[${nameIdx}]`;
  const name = names.length > 0 ? r.obj(names[nameIdx], np) : null;
  let familyName: string | null = null;
  let givenNames: string[] = [];
  if (name !== null) {
    const fam = name['family'];
    // DSTU2 had `family` as an array of strings.
    familyName = Array.isArray(fam) ? fam.filter((x) => typeof x === 'string').join(' ') : r.str(fam, `${np}.family`);
    givenNames = r.arr(name['given'], `${np}.given`).filter((g): g is string => typeof g === 'string');
  }
  const gender = r.str(res['gender'], at(p, 'gender'));
  if (gender !== null && gender !== 'male' && gender !== 'female' && gender !== 'other' && gender !== 'unknown') {
    r.fail(at(p, 'gender'), `"${gender}" is not a FHIR administrative gender`);
  }
  const deceasedBoolean = r.bool(res['deceasedBoolean'], at(p, 'deceasedBoolean'));
  const deceasedAt = r.moment(res['deceasedDateTime'], at(p, 'deceasedDateTime'));
  const comms = r.arr(res['communication'], at(p, 'communication'));
  let language: string | null = null;
  for (let i = 0; i < comms.length; i++) {
    const c = comms[i];
    if (!isObject(c)) continue;
    const code = r.code(c['language'], `${at(p, 'communication')}[${i}].language`);
    if (code !== null && (language === null || c['preferred'] === true)) {
      language = code;
      if (c['preferred'] === true) break;
    }
  }
  return {
    kind: 'patient',
    key,
    source,
    identifiers,
    mrn: identifiers.find((i) => i.type === 'MR')?.value ?? null,
    memberId: identifiers.find((i) => i.type === 'MB')?.value ?? null,
    familyName,
    givenNames,
    birthDate: r.date(res['birthDate'], at(p, 'birthDate')),
    gender: gender as PatientRecord['gender'],
    deceased: deceasedBoolean === true || deceasedAt !== null,
    deceasedDate: deceasedAt?.date ?? null,
    address: r.address(res['address'], at(p, 'address')),
    phone: r.telecom(res['telecom'], at(p, 'telecom'), 'phone'),
    email: r.telecom(res['telecom'], at(p, 'telecom'), 'email'),
    language,
  };
}

// ---------------------------------------------------------------- Coverage

function mapCoverage(
  r: FhirReader,
  res: Json,
  p: string,
  key: string,
  source: SourceLocation,
  containedIn: string | null,
): CoverageRecord {
  const identifiers = r.identifiers(res['identifier'], at(p, 'identifier'));
  const payors = r.arr(res['payor'], at(p, 'payor'), true);
  const payor0 = payors[0];
  const payerKey = payor0 === undefined ? null : r.ref(payor0, `${at(p, 'payor')}[0]`, 'Organization');
  const payerName = payor0 === undefined ? null : r.refDisplay(payor0, `${at(p, 'payor')}[0]`);
  const [, typeCode] = r.coding(res['type'], at(p, 'type'));
  const typeText = r.text(res['type'], at(p, 'type'));
  let groupId: string | null = null;
  let groupName: string | null = null;
  let planId: string | null = null;
  let planName: string | null = null;
  const classes = r.arr(res['class'], at(p, 'class'));
  for (let i = 0; i < classes.length; i++) {
    const cp = `${at(p, 'class')}[${i}]`;
    const c = r.obj(classes[i], cp);
    if (c === null) continue;
    const t = r.code(c['type'], `${cp}.type`);
    const value = r.str(c['value'], `${cp}.value`);
    const name = r.str(c['name'], `${cp}.name`);
    if (t === 'group' && groupId === null) [groupId, groupName] = [value, name];
    if (t === 'plan' && planId === null) [planId, planName] = [value, name];
  }
  // STU3 carried group and plan in `grouping`.
  const grouping = r.obj(res['grouping'], at(p, 'grouping'));
  if (grouping !== null) {
    groupId ??= r.str(grouping['group'], at(p, 'grouping.group'));
    groupName ??= r.str(grouping['groupDisplay'], at(p, 'grouping.groupDisplay'));
    planId ??= r.str(grouping['plan'], at(p, 'grouping.plan'));
    planName ??= r.str(grouping['planDisplay'], at(p, 'grouping.planDisplay'));
  }
  const period = r.period(res['period'], at(p, 'period'));
  const subscriberId = r.str(res['subscriberId'], at(p, 'subscriberId'));
  const order = r.num(res['order'], at(p, 'order'));
  return {
    kind: 'coverage',
    key,
    source,
    identifiers,
    status: r.str(res['status'], at(p, 'status')),
    patientKey: r.ref(res['beneficiary'], at(p, 'beneficiary'), 'Patient'),
    subscriberKey: r.ref(res['subscriber'], at(p, 'subscriber'), 'Patient'),
    subscriberId,
    memberId: identifiers.find((i) => i.type === 'MB')?.value ?? subscriberId,
    relationship: r.code(res['relationship'], at(p, 'relationship')),
    payerKey,
    payerName,
    typeCode,
    typeText,
    groupId,
    groupName,
    planId,
    planName,
    network: r.str(res['network'], at(p, 'network')),
    order,
    periodStart: period.start?.date ?? null,
    periodEnd: period.end?.date ?? null,
    selfPay: payerName === 'NO_INSURANCE' || typeText === 'NO_INSURANCE',
    containedIn,
  };
}

// ---------------------------------------------------------------- Encounter

function mapEncounter(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): EncounterRecord {
  let cls = res['class'];
  if (Array.isArray(cls)) cls = cls[0]; // R5 made class a list
  const period = r.period(res['period'], at(p, 'period'));
  const types = r.arr(res['type'], at(p, 'type'));
  const [, typeCode, typeDisplay] = types.length > 0 ? r.coding(types[0], `${at(p, 'type')}[0]`) : [null, null, null];
  const typeText = types.length > 0 ? (r.text(types[0], `${at(p, 'type')}[0]`) ?? typeDisplay) : null;
  const accounts = r.arr(res['account'], at(p, 'account'));
  const accountKeys: string[] = [];
  for (let i = 0; i < accounts.length; i++) {
    const k = r.ref(accounts[i], `${at(p, 'account')}[${i}]`, 'Account');
    if (k !== null) accountKeys.push(k);
  }
  return {
    kind: 'encounter',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    // DSTU2 used `patient`.
    patientKey:
      r.ref(res['subject'], at(p, 'subject'), 'Patient') ?? r.ref(res['patient'], at(p, 'patient'), 'Patient'),
    status: r.str(res['status'], at(p, 'status')),
    classCode: r.code(cls, at(p, 'class')),
    typeCode,
    typeText,
    periodStart: period.start?.instant ?? null,
    periodEnd: period.end?.instant ?? null,
    serviceDate: period.start?.date ?? null,
    serviceProviderKey: r.ref(res['serviceProvider'], at(p, 'serviceProvider'), 'Organization'),
    serviceProviderName: r.refDisplay(res['serviceProvider'], at(p, 'serviceProvider')),
    accountKeys,
  };
}

// ---------------------------------------------------------------- Claim

function refList(r: FhirReader, v: unknown, path: string, type: string): string[] {
  const list = r.arr(v, path, true);
  const keys: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = r.ref(list[i], `${path}[${i}]`, type);
    if (k !== null) keys.push(k);
  }
  return keys;
}

function pushUnique(into: string[], keys: readonly string[]): void {
  for (const k of keys) if (!into.includes(k)) into.push(k);
}

function requireRef(r: FhirReader, res: Json, p: string, field: string, type: string): string | null {
  if (res[field] === undefined || res[field] === null) {
    r.fail(at(p, field), `missing ${field} (required: the record must belong to a patient)`);
    return null;
  }
  const k = r.ref(res[field], at(p, field), type);
  if (k === null && r.issues.length === 0) r.fail(at(p, `${field}.reference`), `${field} has no reference`);
  return k;
}

function mapClaim(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): ClaimRecord {
  const patientKey = requireRef(r, res, p, 'patient', 'Patient');
  const created = r.moment(res['created'], at(p, 'created'));
  const billable = r.period(res['billablePeriod'], at(p, 'billablePeriod'));
  // STU3 named the billing provider `organization`.
  const providerField = res['provider'] !== undefined ? 'provider' : 'organization';
  const insurance = r.arr(res['insurance'], at(p, 'insurance'), true);
  const coverageKeys: string[] = [];
  const coverageDisplays: string[] = [];
  for (let i = 0; i < insurance.length; i++) {
    const ip = `${at(p, 'insurance')}[${i}]`;
    const ins = r.obj(insurance[i], ip);
    if (ins === null) continue;
    const k = r.ref(ins['coverage'], `${ip}.coverage`, 'Coverage');
    if (k !== null) coverageKeys.push(k);
    const d = r.refDisplay(ins['coverage'], `${ip}.coverage`);
    if (d !== null) coverageDisplays.push(d);
  }
  const encounterKeys = refList(r, res['encounter'], at(p, 'encounter'), 'Encounter');
  const itemsIn = r.arr(res['item'], at(p, 'item'));
  const items: ClaimItem[] = [];
  for (let i = 0; i < itemsIn.length; i++) {
    const ip = `${at(p, 'item')}[${i}]`;
    const it = r.obj(itemsIn[i], ip);
    if (it === null) continue;
    const productField = it['productOrService'] !== undefined ? 'productOrService' : 'service';
    const [productSystem, productCode, productDisplay] = r.coding(it[productField], `${ip}.${productField}`);
    const itemEncounters = refList(r, it['encounter'], `${ip}.encounter`, 'Encounter');
    pushUnique(encounterKeys, itemEncounters);
    const qty = r.obj(it['quantity'], `${ip}.quantity`);
    items.push({
      sequence: r.num(it['sequence'], `${ip}.sequence`),
      productSystem,
      productCode,
      productDisplay,
      quantity: qty === null ? null : r.num(qty['value'], `${ip}.quantity.value`),
      unitPriceCents: r.money(it['unitPrice'], `${ip}.unitPrice`),
      netCents: r.money(it['net'], `${ip}.net`),
      servicedDate: servicedDate(r, it, ip),
      encounterKeys: itemEncounters,
    });
  }
  return {
    kind: 'claim',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    patientKey,
    status: r.str(res['status'], at(p, 'status')),
    use: r.str(res['use'], at(p, 'use')),
    typeCode: r.code(res['type'], at(p, 'type')),
    createdAt: created?.instant ?? null,
    billablePeriodStart: billable.start?.date ?? null,
    billablePeriodEnd: billable.end?.date ?? null,
    providerKey: r.ref(res[providerField], at(p, providerField), 'Organization'),
    providerName: r.refDisplay(res[providerField], at(p, providerField)),
    insurerKey: r.ref(res['insurer'], at(p, 'insurer'), 'Organization'),
    insurerName: r.refDisplay(res['insurer'], at(p, 'insurer')),
    coverageKeys,
    coverageDisplays,
    encounterKeys,
    totalCents: r.money(res['total'], at(p, 'total'), true),
    items,
  };
}

function servicedDate(r: FhirReader, it: Json, ip: string): string | null {
  const d = r.moment(it['servicedDate'], `${ip}.servicedDate`);
  if (d !== null) return d.date;
  return r.period(it['servicedPeriod'], `${ip}.servicedPeriod`).start?.date ?? null;
}

// ---------------------------------------------------------------- ExplanationOfBenefit

function readAdjudications(r: FhirReader, list: unknown, path: string, acc: AdjudicationAccumulator): void {
  const adjs = r.arr(list, path);
  for (let j = 0; j < adjs.length; j++) {
    const ap = `${path}[${j}]`;
    const a = r.obj(adjs[j], ap);
    if (a === null) continue;
    const code = r.code(a['category'], `${ap}.category`);
    if (code === null) continue;
    const cents = r.money(a['amount'], `${ap}.amount`);
    if (cents !== null) acc.add(code, cents);
  }
}

function mapEob(
  r: FhirReader,
  res: Json,
  p: string,
  key: string,
  source: SourceLocation,
  ctx: MapContext,
  pending: IngestEvent[],
): EobRecord {
  const patientKey = requireRef(r, res, p, 'patient', 'Patient');
  // Contained Coverages first: `insurance.coverage` may point at them with `#id`.
  const contained = r.arr(res['contained'], at(p, 'contained'));
  for (let i = 0; i < contained.length; i++) {
    const cp = `${at(p, 'contained')}[${i}]`;
    const c = contained[i];
    if (!isObject(c) || c['resourceType'] !== 'Coverage') continue;
    const cov = mapCoverage(r, c, cp, '', source, key);
    const covKey = containedCoverageKey(cov, key, c);
    cov.key = covKey;
    if (typeof c['id'] === 'string') r.scope!.contained.set(c['id'], covKey);
    if (!ctx.seenCoverages.has(covKey)) {
      ctx.seenCoverages.add(covKey);
      pending.push(cov);
    }
  }
  const created = r.moment(res['created'], at(p, 'created'));
  const billable = r.period(res['billablePeriod'], at(p, 'billablePeriod'));
  const insurerField = res['insurer'] !== undefined ? 'insurer' : 'organization';
  const coverageKeys: string[] = [];
  const insurance = r.arr(res['insurance'], at(p, 'insurance'), true);
  for (let i = 0; i < insurance.length; i++) {
    const ip = `${at(p, 'insurance')}[${i}]`;
    const ins = r.obj(insurance[i], ip);
    if (ins === null) continue;
    const k = r.ref(ins['coverage'], `${ip}.coverage`, 'Coverage');
    if (k !== null && !coverageKeys.includes(k)) coverageKeys.push(k);
  }

  const itemsIn = r.arr(res['item'], at(p, 'item'));
  const items: EobItem[] = [];
  for (let i = 0; i < itemsIn.length; i++) {
    const ip = `${at(p, 'item')}[${i}]`;
    const it = r.obj(itemsIn[i], ip);
    if (it === null) continue;
    const acc = new AdjudicationAccumulator();
    readAdjudications(r, it['adjudication'], `${ip}.adjudication`, acc);
    const productField = it['productOrService'] !== undefined ? 'productOrService' : 'service';
    const [productSystem, productCode, productDisplay] = r.coding(it[productField], `${ip}.${productField}`);
    const qty = r.obj(it['quantity'], `${ip}.quantity`);
    items.push({
      sequence: r.num(it['sequence'], `${ip}.sequence`),
      productSystem,
      productCode,
      productDisplay,
      quantity: qty === null ? null : r.num(qty['value'], `${ip}.quantity.value`),
      netCents: r.money(it['net'], `${ip}.net`),
      servicedDate: servicedDate(r, it, ip),
      encounterKeys: refList(r, it['encounter'], `${ip}.encounter`, 'Encounter'),
      adjudication: acc.toAmounts(),
    });
  }

  const header = new AdjudicationAccumulator();
  const totals = r.arr(res['total'], at(p, 'total'));
  for (let i = 0; i < totals.length; i++) {
    const tp = `${at(p, 'total')}[${i}]`;
    const t = r.obj(totals[i], tp);
    if (t === null) continue;
    const code = r.code(t['category'], `${tp}.category`);
    const cents = r.money(t['amount'], `${tp}.amount`);
    if (code !== null && cents !== null) header.add(code, cents);
  }
  readAdjudications(r, res['adjudication'], at(p, 'adjudication'), header);
  // STU3: totalCost (submitted) and totalBenefit (paid).
  const totalCost = r.money(res['totalCost'], at(p, 'totalCost'));
  if (totalCost !== null) header.add('submitted', totalCost);
  const totalBenefit = r.money(res['totalBenefit'], at(p, 'totalBenefit'));
  if (totalBenefit !== null) header.add('benefit', totalBenefit);

  const payment = r.obj(res['payment'], at(p, 'payment'));
  const paymentCents = payment === null ? null : r.money(payment['amount'], at(p, 'payment.amount'));
  const paymentDate = payment === null ? null : (r.moment(payment['date'], at(p, 'payment.date'))?.date ?? null);

  const benefitBalances: BenefitBalance[] = [];
  const bbs = r.arr(res['benefitBalance'], at(p, 'benefitBalance'));
  for (let i = 0; i < bbs.length; i++) {
    const bp = `${at(p, 'benefitBalance')}[${i}]`;
    const bb = r.obj(bbs[i], bp);
    if (bb === null) continue;
    const categoryCode = r.code(bb['category'], `${bp}.category`);
    const fins = r.arr(bb['financial'], `${bp}.financial`);
    for (let j = 0; j < fins.length; j++) {
      const fp = `${bp}.financial[${j}]`;
      const f = r.obj(fins[j], fp);
      if (f === null) continue;
      benefitBalances.push({
        categoryCode,
        typeCode: r.code(f['type'], `${fp}.type`),
        allowedCents: r.money(f['allowedMoney'], `${fp}.allowedMoney`),
        usedCents: r.money(f['usedMoney'], `${fp}.usedMoney`),
      });
    }
  }

  const itemAmounts = items.map((i) => i.adjudication);
  return {
    kind: 'eob',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    claimKey: r.ref(res['claim'], at(p, 'claim'), 'Claim'),
    patientKey,
    status: r.str(res['status'], at(p, 'status')),
    outcome: r.code(res['outcome'], at(p, 'outcome')),
    use: r.str(res['use'], at(p, 'use')),
    typeCode: r.code(res['type'], at(p, 'type')),
    createdAt: created?.instant ?? null,
    billablePeriodStart: billable.start?.date ?? null,
    billablePeriodEnd: billable.end?.date ?? null,
    insurerKey: r.ref(res[insurerField], at(p, insurerField), 'Organization'),
    insurerName: r.refDisplay(res[insurerField], at(p, insurerField)),
    providerKey: r.ref(res['provider'], at(p, 'provider'), null),
    providerName: r.refDisplay(res['provider'], at(p, 'provider')),
    coverageKeys,
    totals: mergeTotals(header.toAmounts(), itemAmounts),
    paymentCents,
    paymentDate,
    items,
    benefitBalances,
  };
}

function containedCoverageKey(cov: CoverageRecord, eobKey: string, res: Json): string {
  const id = cov.identifiers[0];
  if (id !== undefined) return `Coverage?identifier=${id.system ?? ''}|${id.value}`;
  if (cov.patientKey !== null && (cov.payerName !== null || cov.payerKey !== null)) {
    return `Coverage?beneficiary=${cov.patientKey}&payor=${cov.payerKey ?? cov.payerName}`;
  }
  return `${eobKey}#${typeof res['id'] === 'string' ? res['id'] : 'coverage'}`;
}

// ---------------------------------------------------------------- Account, Invoice, Organization

function mapAccount(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): AccountRecord {
  const subjectKeys = refList(r, res['subject'], at(p, 'subject'), 'Patient');
  const guarantors = r.arr(res['guarantor'], at(p, 'guarantor'));
  const guarantorKeys: string[] = [];
  for (let i = 0; i < guarantors.length; i++) {
    const gp = `${at(p, 'guarantor')}[${i}]`;
    const g = r.obj(guarantors[i], gp);
    if (g === null) continue;
    const k = r.ref(g['party'], `${gp}.party`, 'Patient');
    if (k !== null) guarantorKeys.push(k);
  }
  const coverages = r.arr(res['coverage'], at(p, 'coverage'));
  const coverageKeys: string[] = [];
  for (let i = 0; i < coverages.length; i++) {
    const cp = `${at(p, 'coverage')}[${i}]`;
    const c = r.obj(coverages[i], cp);
    if (c === null) continue;
    // R4: { coverage: Reference, priority }; STU3: a plain Reference.
    const k = isObject(c['coverage']) ? r.ref(c['coverage'], `${cp}.coverage`, 'Coverage') : r.ref(c, cp, 'Coverage');
    if (k !== null) coverageKeys.push(k);
  }
  const periodField = res['servicePeriod'] !== undefined ? 'servicePeriod' : 'period';
  const period = r.period(res[periodField], at(p, periodField));
  return {
    kind: 'account',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    status: r.str(res['status'], at(p, 'status')),
    name: r.str(res['name'], at(p, 'name')),
    patientKey: subjectKeys.find((k) => k.startsWith('Patient/')) ?? null,
    subjectKeys,
    guarantorKeys,
    coverageKeys,
    servicePeriodStart: period.start?.date ?? null,
    servicePeriodEnd: period.end?.date ?? null,
    ownerKey: r.ref(res['owner'], at(p, 'owner'), 'Organization'),
    ownerName: r.refDisplay(res['owner'], at(p, 'owner')),
    description: r.str(res['description'], at(p, 'description')),
  };
}

const PRICE_SIGN: Record<string, number> = { base: 1, surcharge: 1, tax: 1, deduction: -1, discount: -1 };

function mapInvoice(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): InvoiceRecord {
  const lineItems = r.arr(res['lineItem'], at(p, 'lineItem'));
  const lines: InvoiceLine[] = [];
  for (let i = 0; i < lineItems.length; i++) {
    const lp = `${at(p, 'lineItem')}[${i}]`;
    const li = r.obj(lineItems[i], lp);
    if (li === null) continue;
    const [, code, display] = r.coding(li['chargeItemCodeableConcept'], `${lp}.chargeItemCodeableConcept`);
    let amountCents: number | null = null;
    const comps = r.arr(li['priceComponent'], `${lp}.priceComponent`);
    for (let j = 0; j < comps.length; j++) {
      const cp = `${lp}.priceComponent[${j}]`;
      const c = r.obj(comps[j], cp);
      if (c === null) continue;
      const t = r.str(c['type'], `${cp}.type`);
      const cents = r.money(c['amount'], `${cp}.amount`);
      const sign = t === null ? 0 : (PRICE_SIGN[t] ?? 0);
      if (cents !== null && sign !== 0) amountCents = (amountCents ?? 0) + sign * cents;
    }
    lines.push({
      sequence: r.num(li['sequence'], `${lp}.sequence`),
      chargeItemKey: r.ref(li['chargeItemReference'], `${lp}.chargeItemReference`, 'ChargeItem'),
      code,
      display,
      amountCents,
    });
  }
  return {
    kind: 'invoice',
    key,
    source,
    identifiers: r.identifiers(res['identifier'], at(p, 'identifier')),
    status: r.str(res['status'], at(p, 'status')),
    patientKey: r.ref(res['subject'], at(p, 'subject'), 'Patient'),
    recipientKey: r.ref(res['recipient'], at(p, 'recipient'), 'Patient'),
    accountKey: r.ref(res['account'], at(p, 'account'), 'Account'),
    issuerKey: r.ref(res['issuer'], at(p, 'issuer'), 'Organization'),
    date: r.moment(res['date'], at(p, 'date'))?.date ?? null,
    totalNetCents: r.money(res['totalNet'], at(p, 'totalNet')),
    totalGrossCents: r.money(res['totalGross'], at(p, 'totalGross')),
    lines,
  };
}

function mapOrganization(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): OrganizationRecord {
  const identifiers = r.identifiers(res['identifier'], at(p, 'identifier'));
  const types = r.arr(res['type'], at(p, 'type'));
  return {
    kind: 'organization',
    key,
    source,
    identifiers,
    name: r.str(res['name'], at(p, 'name')),
    npi: identifiers.find((i) => i.system === NPI_SYSTEM || i.type === 'NPI')?.value ?? null,
    taxId: identifiers.find((i) => i.system === TAX_ID_SYSTEM || i.type === 'TAX')?.value ?? null,
    typeCode: types.length > 0 ? r.code(types[0], `${at(p, 'type')}[0]`) : null,
    active: r.bool(res['active'], at(p, 'active')),
    address: r.address(res['address'], at(p, 'address')),
    phone: r.telecom(res['telecom'], at(p, 'telecom'), 'phone'),
  };
}
