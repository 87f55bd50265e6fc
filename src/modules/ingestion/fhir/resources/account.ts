import type { AccountRecord, SourceLocation } from '../../types.js';
import { isObject, type FhirReader, type Json } from '../fhir-reader.js';
import { at, refList } from './shared.js';

/** An Account: its subject, guarantors, coverages and service period. */
export function mapAccount(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): AccountRecord {
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
