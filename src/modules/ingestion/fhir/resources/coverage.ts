import type { CoverageRecord, SourceLocation } from '../../types.js';
import type { FhirReader, Json } from '../fhir-reader.js';
import { at } from './shared.js';

/** A Coverage (standalone, or contained in the EOB keyed `containedIn`). */
export function mapCoverage(
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
