import type { PatientRecord, SourceLocation } from '../../types.js';
import { isObject, type FhirReader, type Json } from '../fhir-reader.js';
import { at } from './shared.js';

// Identity documents are not needed to collect a bill (HIPAA minimum necessary): dropped.
const DROPPED_IDENTIFIERS: ReadonlySet<string> = new Set([
  'SS',
  'SB',
  'DL',
  'PPN',
  'http://hl7.org/fhir/sid/us-ssn',
  'http://hl7.org/fhir/sid/passport-USA',
]);

/** A Patient: name, demographics, contact points and preferred language; identity documents dropped. */
export function mapPatient(r: FhirReader, res: Json, p: string, key: string, source: SourceLocation): PatientRecord {
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
