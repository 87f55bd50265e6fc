import { SeededRandom } from './random.js';

const GIVEN_EN = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Chris', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Paul', 'Ashley'];
const GIVEN_ES = ['José', 'María', 'Luis', 'Carmen', 'Juan', 'Ana', 'Carlos', 'Rosa', 'Jorge', 'Lucía', 'Miguel', 'Elena', 'Pedro', 'Sofía', 'Raúl', 'Isabel'];
const FAMILY_EN = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker'];
const FAMILY_ES = ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera'];
const PLACES: Array<{ city: string; state: string; zip: string }> = [
  { city: 'Columbus', state: 'OH', zip: '43215' }, { city: 'Dayton', state: 'OH', zip: '45402' },
  { city: 'Cleveland', state: 'OH', zip: '44114' }, { city: 'Louisville', state: 'KY', zip: '40202' },
  { city: 'Fort Wayne', state: 'IN', zip: '46802' }, { city: 'Detroit', state: 'MI', zip: '48226' },
  { city: 'Phoenix', state: 'AZ', zip: '85004' }, { city: 'Chicago', state: 'IL', zip: '60601' },
  { city: 'Nashville', state: 'TN', zip: '37203' }, { city: 'Boston', state: 'MA', zip: '02108' },
];
const STREETS = ['Maple Ave', 'Oak St', 'Elm St', 'High St', 'Main St', 'Park Rd', 'Lincoln Way', 'River Dr'];
const FACILITIES = ['Riverbend Community Hospital', 'Riverbend Urgent Care', 'Riverbend Imaging Center'];

export interface SimulatedPerson {
  externalRef: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male';
  language: 'en' | 'es';
  addressLine: string;
  city: string;
  state: string;
  postalCode: string;
  email: string | null;
  phone: string | null;
  phoneUse: 'mobile' | 'home';
  preferredChannel: 'sms' | 'email' | 'letter' | 'call';
  smsConsent: boolean;
  /** Behavior the simulator plays out: who pays, who needs a plan, who needs assistance. */
  persona: 'prompt_payer' | 'needs_plan' | 'needs_assistance' | 'disengaged' | 'disputer';
  monthlyIncomeCents: number;
  householdSize: number;
  accounts: SimulatedAccount[];
}

export interface SimulatedAccount {
  externalRef: string;
  facility: string;
  serviceDate: string;
  chargesCents: number;
  /** null while the claim is still pending adjudication. */
  adjudication: { insurerPaidCents: number; contractualCents: number; patientResponsibilityCents: number; adjudicatedOn: string } | null;
  patientPaidCents: number;
}

function isoDaysBefore(today: Date, days: number): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A deterministic synthetic population: realistic names, places, coverage outcomes and balances,
 * with personas whose behavior the simulator and demos play out. Clearly a model, not real people.
 */
export function generatePopulation(opts: { persons: number; seed: number; today: Date }): SimulatedPerson[] {
  const rnd = new SeededRandom(opts.seed);
  const people: SimulatedPerson[] = [];
  for (let i = 0; i < opts.persons; i++) {
    const spanish = rnd.chance(0.22);
    const givenName = rnd.pick(spanish ? GIVEN_ES : GIVEN_EN);
    const familyName = rnd.pick(spanish ? FAMILY_ES : FAMILY_EN);
    const place = rnd.pick(PLACES);
    const ref = `P${String(i + 1).padStart(6, '0')}`;
    const emailLocal = `${givenName}.${familyName}`.normalize('NFD').replace(/[^\w.]/g, '').toLowerCase();
    const hasEmail = rnd.chance(0.8);
    const hasPhone = rnd.chance(0.9);
    const persona = rnd.pick(['prompt_payer', 'prompt_payer', 'needs_plan', 'needs_plan', 'needs_assistance', 'disengaged', 'disputer'] as const);
    const nAccounts = rnd.chance(0.25) ? 2 : 1;
    const accounts: SimulatedAccount[] = [];
    for (let a = 0; a < nAccounts; a++) {
      const daysAgo = rnd.int(5, 240);
      const chargesCents = rnd.int(15, 900) * 1000 + rnd.int(0, 99);
      const pending = daysAgo < 30 && rnd.chance(0.6);
      let adjudication: SimulatedAccount['adjudication'] = null;
      if (!pending) {
        const selfPay = rnd.chance(0.12);
        const allowed = selfPay ? chargesCents : Math.round(chargesCents * (0.45 + rnd.next() * 0.3));
        const patientResponsibilityCents = selfPay ? chargesCents : Math.min(allowed, rnd.int(5, 250) * 1000 + rnd.int(0, 99));
        adjudication = {
          insurerPaidCents: allowed - patientResponsibilityCents,
          contractualCents: chargesCents - allowed,
          patientResponsibilityCents,
          adjudicatedOn: isoDaysBefore(opts.today, Math.max(1, daysAgo - rnd.int(7, 25))),
        };
      }
      const pr = adjudication?.patientResponsibilityCents ?? 0;
      const patientPaidCents = persona === 'prompt_payer' && pr > 0 && rnd.chance(0.5) ? Math.round(pr * rnd.pick([0.25, 0.5, 1])) : 0;
      accounts.push({
        externalRef: `ENC-${ref}-${a + 1}`,
        facility: rnd.pick(FACILITIES),
        serviceDate: isoDaysBefore(opts.today, daysAgo),
        chargesCents,
        adjudication,
        patientPaidCents,
      });
    }
    people.push({
      externalRef: ref,
      givenName,
      familyName,
      birthDate: isoDaysBefore(opts.today, rnd.int(19, 88) * 365 + rnd.int(0, 364)),
      sex: rnd.chance(0.5) ? 'female' : 'male',
      language: spanish && rnd.chance(0.7) ? 'es' : 'en',
      addressLine: `${rnd.int(10, 9999)} ${rnd.pick(STREETS)}`,
      city: place.city,
      state: place.state,
      postalCode: place.zip,
      email: hasEmail ? `${emailLocal}${i}@example.test` : null,
      phone: hasPhone ? `+1555${String(rnd.int(1000000, 9999999))}` : null,
      phoneUse: rnd.chance(0.8) ? 'mobile' : 'home',
      preferredChannel: rnd.pick(['sms', 'email', 'email', 'letter', 'call'] as const),
      smsConsent: rnd.chance(0.7),
      persona,
      monthlyIncomeCents: rnd.int(1200, 9000) * 100,
      householdSize: rnd.int(1, 6),
      accounts,
    });
  }
  return people;
}
