import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTenant, type Role } from '../identity/index.js';
import { accounts, postLedgerEntries, refreshAccountBalances, type NewLedgerEntry } from '../ledger/index.js';
import { consents, contactBlindIndex, contactPoints, personBlindIndexes, personReportingKeys, persons, timeZonesForAddress } from '../people/index.js';
import { generatePopulation } from './generate-population.js';

import { DEMO_TENANT_SLUG } from './demo-tenant.js';

export { DEMO_TENANT_SLUG };
export const DEMO_PASSWORD = 'kindly-demo';

/** One demo user per role; the sign-in page lists them. */
export const DEMO_STAFF: Array<{ email: string; displayName: string; roles: Role[] }> = [
  { email: 'admin@riverbend.example', displayName: 'Avery Admin', roles: ['admin'] },
  { email: 'billing@riverbend.example', displayName: 'Blake Billing', roles: ['billing_specialist'] },
  { email: 'coordinator@riverbend.example', displayName: 'Casey Coordinator', roles: ['collections_coordinator'] },
  { email: 'counselor@riverbend.example', displayName: 'Dana Counselor', roles: ['financial_counselor'] },
  { email: 'access@riverbend.example', displayName: 'Emery Access', roles: ['access_representative'] },
  { email: 'compliance@riverbend.example', displayName: 'Finley Compliance', roles: ['compliance_officer'] },
];

export interface SeedCounts {
  tenantCreated: boolean;
  persons: number;
  accounts: number;
  ledgerEntries: number;
}

function chunks<T>(rows: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the demo tenant (a nonprofit hospital) from the simulator's synthetic population.
 * Idempotent: ids are derived from natural keys, so a second run inserts nothing.
 */
export async function seedDemoTenant(db: Db, clock: Clock, opts: { persons?: number; seed?: number } = {}): Promise<SeedCounts> {
  const today = clock.now();
  const population = generatePopulation({ persons: opts.persons ?? 120, seed: opts.seed ?? 20261123, today });
  return db.transaction(async (tx) => {
    const { tenantId, created } = await createTenant(tx, {
      slug: DEMO_TENANT_SLUG,
      name: 'Riverbend Community Hospital',
      kind: 'nonprofit_hospital',
      state: 'OH',
      timeZone: 'America/New_York',
      staff: DEMO_STAFF.map((s) => ({ ...s, password: DEMO_PASSWORD })),
    });
    const personRows = population.map((p) => {
      const tz = timeZonesForAddress(p.state, 'America/New_York');
      return {
        id: stableId('person', tenantId, p.externalRef),
        tenantId,
        externalRef: p.externalRef,
        kind: 'patient' as const,
        // The person columns are encrypted by the table definition; the blind indexes make them findable.
        givenName: p.givenName,
        familyName: p.familyName,
        ...personBlindIndexes(p),
        ...personReportingKeys(p),
        birthDate: p.birthDate,
        sex: p.sex,
        language: p.language,
        addressLine: p.addressLine,
        city: p.city,
        state: p.state,
        postalCode: p.postalCode,
        timeZone: tz.primary,
        extraTimeZones: tz.extra,
        preferences: { channel: p.preferredChannel, persona: p.persona, monthlyIncomeCents: p.monthlyIncomeCents, householdSize: p.householdSize },
      };
    });
    // Chunks keep each statement under PostgreSQL's 65,535 bind parameters at any population size.
    let insertedPersons = 0;
    for (const part of chunks(personRows)) insertedPersons += (await tx.insert(persons).values(part).onConflictDoNothing().returning({ id: persons.id })).length;
    const contactRows = population.flatMap((p) => {
      const personId = stableId('person', tenantId, p.externalRef);
      const rows: Array<typeof contactPoints.$inferInsert> = [];
      if (p.email) rows.push({ id: stableId('cp', personId, p.email), tenantId, personId, system: 'email', value: p.email, valueBidx: contactBlindIndex('email', p.email), use: 'home', rank: 1, verified: true });
      if (p.phone) rows.push({ id: stableId('cp', personId, p.phone), tenantId, personId, system: 'phone', value: p.phone, valueBidx: contactBlindIndex('phone', p.phone), use: p.phoneUse, rank: 1, verified: true });
      return rows;
    });
    for (const part of chunks(contactRows)) await tx.insert(contactPoints).values(part).onConflictDoNothing();
    const consentRows = population
      .filter((p) => p.phone && p.smsConsent)
      .map((p) => {
        const personId = stableId('person', tenantId, p.externalRef);
        return {
          id: stableId('consent', personId, 'sms'),
          tenantId,
          personId,
          channel: 'sms' as const,
          type: 'prior_express' as const,
          givenTo: 'creditor' as const,
          givenAt: new Date(Date.parse(p.accounts[0]!.serviceDate + 'T15:00:00Z')),
          source: 'registration',
        };
      });
    for (const part of chunks(consentRows)) await tx.insert(consents).values(part).onConflictDoNothing();

    const accountRows: Array<typeof accounts.$inferInsert> = [];
    const entries: NewLedgerEntry[] = [];
    for (const p of population) {
      const personId = stableId('person', tenantId, p.externalRef);
      for (const a of p.accounts) {
        const accountId = stableId('account', tenantId, a.externalRef);
        const firstStatementOn = a.adjudication ? addDays(a.adjudication.adjudicatedOn, 3) : null;
        accountRows.push({
          id: accountId, tenantId, personId, guarantorId: personId, externalRef: a.externalRef, facility: a.facility,
          status: 'open', serviceDate: a.serviceDate, dischargeDate: a.serviceDate, firstStatementOn,
          dueOn: firstStatementOn ? addDays(firstStatementOn, 30) : null,
          totalChargesCents: 0, balanceCents: 0, insurancePendingCents: 0, patientDueCents: 0,
        });
        const base = { tenantId, accountId, postedAt: today, source: 'demo' };
        entries.push({ ...base, id: stableId('entry', accountId, 'charge'), kind: 'charge', amountCents: a.chargesCents, bucket: 'insurance', effectiveOn: a.serviceDate, sourceRef: `${a.externalRef}:charge`, memo: 'Hospital services' });
        if (a.adjudication) {
          const on = a.adjudication.adjudicatedOn;
          const adj = a.adjudication;
          if (adj.insurerPaidCents) entries.push({ ...base, id: stableId('entry', accountId, 'paid'), kind: 'insurer_payment', amountCents: -adj.insurerPaidCents, bucket: 'insurance', effectiveOn: on, sourceRef: `${a.externalRef}:paid` });
          if (adj.contractualCents) entries.push({ ...base, id: stableId('entry', accountId, 'co'), kind: 'contractual_adjustment', amountCents: -adj.contractualCents, bucket: 'insurance', effectiveOn: on, sourceRef: `${a.externalRef}:co` });
          entries.push({ ...base, id: stableId('entry', accountId, 'pr-out'), kind: 'patient_responsibility', amountCents: -adj.patientResponsibilityCents, bucket: 'insurance', effectiveOn: on, sourceRef: `${a.externalRef}:pr-out` });
          entries.push({ ...base, id: stableId('entry', accountId, 'pr-in'), kind: 'patient_responsibility', amountCents: adj.patientResponsibilityCents, bucket: 'patient', effectiveOn: on, sourceRef: `${a.externalRef}:pr-in` });
        }
        if (a.patientPaidCents) entries.push({ ...base, id: stableId('entry', accountId, 'pay1'), kind: 'patient_payment', amountCents: -a.patientPaidCents, bucket: 'patient', effectiveOn: addDays(a.adjudication!.adjudicatedOn, 10), sourceRef: `${a.externalRef}:pay1` });
      }
    }
    let insertedAccounts = 0;
    for (const part of chunks(accountRows)) insertedAccounts += (await tx.insert(accounts).values(part).onConflictDoNothing().returning({ id: accounts.id })).length;
    const { posted } = await postLedgerEntries(tx, entries);
    if (posted > 0) await refreshAccountBalances(tx, tenantId);
    return { tenantCreated: created, persons: insertedPersons, accounts: insertedAccounts, ledgerEntries: posted };
  });
}
