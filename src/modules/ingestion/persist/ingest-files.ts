import { and, eq, inArray, sql } from 'drizzle-orm';
import { audit, type AccessContext, type AuditEntry } from '../../../platform/audit/index.js';
import { bulkInsert, rows, type Database, type Tx } from '../../../platform/db/index.js';
import { newId, stableId } from '../../../platform/ids/index.js';
import { accounts, issueFirstStatements, postLedgerEntries, refreshAccountBalances, type NewLedgerEntry } from '../../ledger/index.js';
import { contactPoints, holds, persons } from '../../people/index.js';
import { parseFile, type ParseFileOptions } from '../parse-file.js';
import type { AdjustmentGroup, CanonicalRecord, Rejection } from '../types.js';
import {
  accountIdFor,
  balanceEntries,
  balanceInconsistency,
  entryFactory,
  entryPrefix,
  eobEntries,
  personFromBalance,
  personFromPatient,
  personIdFor,
  recordHash,
  remittanceEntries,
  type AccountRow,
  type PersonRow,
} from './project-records.js';
import { ingestedRecordHistory, ingestedRecords, ingestionRejections, ingestionRuns } from './schema.js';

export interface IngestError {
  file: string;
  line: number | null;
  entry?: number | null;
  segment?: number | null;
  field: string | null;
  message: string;
}

/** The summary printed by `kindly ingest` (../shared/contracts/cli.md). */
export interface IngestSummary {
  runId: string;
  files: number;
  patients: number;
  coverages: number;
  encounters: number;
  claims: number;
  eobs: number;
  remittances: { files: number; claims: number; paidCents: number; patientResponsibilityCents: number; adjustmentsCents: Record<AdjustmentGroup, number>; unmatched: number };
  balances: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: IngestError[];
}

export interface IngestOptions {
  /** Names shown in errors (e.g. the uploaded file name instead of a temp path). */
  displayNames?: Record<string, string>;
  csv?: ParseFileOptions['csv'];
  batchSize?: number;
  /** The tenant's zone, used when an address gives no state. */
  fallbackTimeZone?: string;
}

type Classified = { record: CanonicalRecord; hash: string; status: 'created' | 'updated' | 'unchanged'; previous?: { hash: string; data: unknown } };

/**
 * Ingests files into the tenant: every record is upserted by its natural key (re-runs change
 * nothing), corrected records update in place with their previous version kept, and the ledger
 * moves by reversing the old version's entries and posting the new ones. Each batch commits
 * atomically; rejected records go to the quarantine with file, line and field.
 */
export async function ingestFiles(database: Database, ctx: AccessContext, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const runId = newId();
  const startedAt = ctx.clock.now();
  await database.db.insert(ingestionRuns).values({ id: runId, tenantId: ctx.tenantId, actorId: ctx.actor.id, startedAt, status: 'running', files: paths.map((p) => opts.displayNames?.[p] ?? p) });
  const summary: IngestSummary = {
    runId, files: 0, patients: 0, coverages: 0, encounters: 0, claims: 0, eobs: 0,
    remittances: { files: 0, claims: 0, paidCents: 0, patientResponsibilityCents: 0, adjustmentsCents: { CO: 0, PR: 0, OA: 0, PI: 0, CR: 0 }, unmatched: 0 },
    balances: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, errors: [],
  };
  const batchSize = opts.batchSize ?? 2000;
  const fallbackZone = opts.fallbackTimeZone ?? 'America/New_York';
  let rejections: Rejection[] = [];
  const flushRejections = async () => {
    if (!rejections.length) return;
    const now = ctx.clock.now();
    await database.db.insert(ingestionRejections).values(
      rejections.map((r) => ({
        id: newId(), tenantId: ctx.tenantId, runId, file: r.file, line: r.line, entry: r.entry, segment: r.segment,
        field: r.field, message: r.message, recordKind: r.recordKind, raw: r.raw && r.raw.length <= 100_000 ? r.raw : null, status: 'open' as const, createdAt: now,
      })),
    );
    rejections = [];
  };
  const reject = (r: Rejection) => {
    summary.rejected++;
    if (summary.errors.length < 1000) summary.errors.push({ file: r.file, line: r.line, entry: r.entry, segment: r.segment, field: r.field, message: r.message });
    rejections.push(r);
  };

  for (const path of paths) {
    summary.files++;
    let batch: CanonicalRecord[] = [];
    let sawRemittance = false;
    for await (const event of parseFile(path, { displayName: opts.displayNames?.[path], csv: opts.csv })) {
      if (event.kind === 'file_summary') continue;
      if (event.kind === 'rejection') {
        reject(event);
        continue;
      }
      if (event.kind === 'balance') {
        const problem = balanceInconsistency(event);
        if (problem) {
          reject({ kind: 'rejection', file: event.source.file, line: event.source.line, entry: null, segment: null, field: 'balance', message: problem, recordKind: 'balance', raw: null });
          continue;
        }
      }
      count(summary, event);
      if (event.kind === 'remittance') sawRemittance = true;
      batch.push(event);
      if (batch.length >= batchSize) {
        await flushBatch(database, ctx, runId, batch, summary, fallbackZone);
        batch = [];
        await flushRejections();
      }
    }
    if (batch.length) await flushBatch(database, ctx, runId, batch, summary, fallbackZone);
    await flushRejections();
    if (sawRemittance) summary.remittances.files++;
  }
  await database.db
    .update(ingestionRuns)
    .set({ finishedAt: ctx.clock.now(), status: summary.rejected ? 'completed_with_rejections' : 'completed', summary: { ...summary, errors: summary.errors.slice(0, 100) } })
    .where(eq(ingestionRuns.id, runId));
  return summary;
}

function count(s: IngestSummary, r: CanonicalRecord): void {
  switch (r.kind) {
    case 'patient': s.patients++; break;
    case 'coverage': s.coverages++; break;
    case 'encounter': s.encounters++; break;
    case 'claim': s.claims++; break;
    case 'eob': s.eobs++; break;
    case 'balance': s.balances++; break;
    case 'remittance': {
      s.remittances.claims++;
      s.remittances.paidCents += r.paidCents;
      s.remittances.patientResponsibilityCents += r.patientResponsibilityCents ?? 0;
      for (const a of [...r.adjustments, ...r.serviceLines.flatMap((l) => l.adjustments)]) s.remittances.adjustmentsCents[a.group] += a.amountCents;
      break;
    }
    default: break;
  }
}

async function flushBatch(database: Database, ctx: AccessContext, runId: string, input: CanonicalRecord[], summary: IngestSummary, fallbackZone: string): Promise<void> {
  // The same key twice in one batch: the later version wins (it is what the source says now).
  const byKey = new Map<string, CanonicalRecord>();
  for (const r of input) byKey.set(`${r.kind}|${r.key}`, r);
  const batch = [...byKey.values()];
  await database.db.transaction(async (tx) => {
    const existing = await tx
      .select({ kind: ingestedRecords.kind, key: ingestedRecords.key, hash: ingestedRecords.contentHash, data: ingestedRecords.data })
      .from(ingestedRecords)
      .where(and(eq(ingestedRecords.tenantId, ctx.tenantId), inArray(ingestedRecords.key, batch.map((r) => r.key))));
    const old = new Map(existing.map((e) => [`${e.kind}|${e.key}`, e]));
    const classified: Classified[] = batch.map((record) => {
      const hash = recordHash(record);
      const prev = old.get(`${record.kind}|${record.key}`);
      if (!prev) return { record, hash, status: 'created' };
      if (prev.hash === hash) return { record, hash, status: 'unchanged' };
      return { record, hash, status: 'updated', previous: { hash: prev.hash, data: prev.data } };
    });
    for (const c of classified) summary[c.status]++;
    const changed = classified.filter((c) => c.status !== 'unchanged');
    if (!changed.length) return;
    const links = await project(tx, ctx, changed, fallbackZone, summary);
    const now = ctx.clock.now();
    const created = changed.filter((c) => c.status === 'created');
    if (created.length) {
      await bulkInsert(tx, 'ingested_records', [
        { name: 'tenant_id', type: 'text', value: () => ctx.tenantId },
        { name: 'kind', type: 'text', value: (c: Classified) => c.record.kind },
        { name: 'key', type: 'text', value: (c: Classified) => c.record.key },
        { name: 'content_hash', type: 'text', value: (c: Classified) => c.hash },
        { name: 'data', type: 'jsonb', value: (c: Classified) => c.record },
        { name: 'person_id', type: 'text', value: (c: Classified) => links.get(c)?.personId ?? null },
        { name: 'account_id', type: 'text', value: (c: Classified) => links.get(c)?.accountId ?? null },
        { name: 'first_run_id', type: 'text', value: () => runId },
        { name: 'last_run_id', type: 'text', value: () => runId },
      ], created);
    }
    for (const c of changed.filter((x) => x.status === 'updated')) {
      await tx.insert(ingestedRecordHistory).values({ tenantId: ctx.tenantId, kind: c.record.kind, key: c.record.key, contentHash: c.previous!.hash, data: c.previous!.data, replacedAt: now, replacedByRun: runId });
      await tx
        .update(ingestedRecords)
        .set({ contentHash: c.hash, data: c.record, lastRunId: runId, updatedAt: now, personId: links.get(c)?.personId ?? null, accountId: links.get(c)?.accountId ?? null })
        .where(and(eq(ingestedRecords.tenantId, ctx.tenantId), eq(ingestedRecords.kind, c.record.kind), eq(ingestedRecords.key, c.record.key)));
    }
  });
}

/** Writes the domain rows (persons, contacts, accounts, ledger entries) for changed records. */
async function project(tx: Tx, ctx: AccessContext, changed: Classified[], fallbackZone: string, summary: IngestSummary): Promise<Map<Classified, { personId?: string; accountId?: string }>> {
  const t = ctx.tenantId;
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const links = new Map<Classified, { personId?: string; accountId?: string }>();
  const people = new Map<string, PersonRow>();
  const placeholderPeople = new Set<string>();
  const accountRows = new Map<string, AccountRow>();
  const placeholderAccounts = new Map<string, { personKey: string; serviceDate: string | null }>();
  const entries: NewLedgerEntry[] = [];
  const deceased: string[] = [];
  const claimAccount = new Map<string, string>();

  const personKeyOf = (patientKey: string | null, recordKey: string) => patientKey ?? `unknown|${recordKey}`;
  const ensurePerson = (key: string) => placeholderPeople.add(key);
  const ensureAccount = (accountKey: string, personKey: string, serviceDate: string | null) => {
    ensurePerson(personKey);
    if (!placeholderAccounts.has(accountKey)) placeholderAccounts.set(accountKey, { personKey, serviceDate });
    return accountIdFor(t, accountKey);
  };

  // Claims in this batch tell which account an EOB belongs to.
  for (const c of changed) if (c.record.kind === 'claim') claimAccount.set(c.record.key, c.record.encounterKeys[0] ?? c.record.key);
  const eobClaimKeys = changed.flatMap((c) => (c.record.kind === 'eob' && c.record.claimKey && !claimAccount.has(c.record.claimKey) ? [c.record.claimKey] : []));
  if (eobClaimKeys.length) {
    const found = await tx
      .select({ key: ingestedRecords.key, data: ingestedRecords.data })
      .from(ingestedRecords)
      .where(and(eq(ingestedRecords.tenantId, t), eq(ingestedRecords.kind, 'claim'), inArray(ingestedRecords.key, eobClaimKeys)));
    for (const f of found) {
      const d = f.data as { encounterKeys?: string[] };
      claimAccount.set(f.key, d.encounterKeys?.[0] ?? f.key);
    }
  }
  // 835 claim payments are matched to accounts by the patient control number (CLP01).
  const pcns = [...new Set(changed.flatMap((c) => (c.record.kind === 'remittance' ? [c.record.patientControlNumber] : [])))];
  const remitAccount = new Map<string, string>();
  if (pcns.length) {
    const byRef = await tx.select({ id: accounts.id, ref: accounts.externalRef }).from(accounts).where(and(eq(accounts.tenantId, t), inArray(accounts.externalRef, pcns)));
    for (const a of byRef) remitAccount.set(a.ref, a.id);
    const missing = pcns.filter((p) => !remitAccount.has(p));
    if (missing.length) {
      const byClaim = await rows<{ value: string; account_id: string }>(
        tx,
        sql`select i->>'value' as value, r.account_id from ingested_records r, jsonb_array_elements(r.data->'identifiers') i
            where r.tenant_id = ${t} and r.kind = 'claim' and r.account_id is not null
              and i->>'value' in ${sql`(${sql.join(missing.map((m) => sql`${m}`), sql`, `)})`}`,
      );
      for (const m of byClaim) remitAccount.set(m.value, m.account_id);
    }
  }

  // Reverse what the previous version of each corrected record posted.
  const reversals: NewLedgerEntry[] = [];
  for (const c of changed.filter((x) => x.status === 'updated')) {
    const prefix = entryPrefix(c.record.kind, c.record.key, c.previous!.hash);
    const prior = await rows<{ account_id: string; kind: string; amount_cents: number; bucket: 'insurance' | 'patient'; effective_on: string; source_ref: string; memo: string | null }>(
      tx,
      sql`select account_id, kind, amount_cents, bucket, effective_on, source_ref, memo from ledger_entries
          where tenant_id = ${t} and source = 'ingest' and source_ref like ${prefix + '%'} and source_ref not like '%|rev'`,
    );
    for (const p of prior) {
      reversals.push({ id: stableId('entry', t, `${p.source_ref}|rev`), tenantId: t, accountId: p.account_id, kind: p.kind as NewLedgerEntry['kind'], amountCents: -Number(p.amount_cents), bucket: p.bucket, effectiveOn: p.effective_on, postedAt: now, source: 'ingest', sourceRef: `${p.source_ref}|rev`, memo: 'Reversed: corrected by a newer version of the record' });
    }
  }

  for (const c of changed) {
    const r = c.record;
    switch (r.kind) {
      case 'patient': {
        const p = personFromPatient(t, r, fallbackZone);
        people.set(p.id, p);
        if (r.deceased) deceased.push(p.id);
        links.set(c, { personId: p.id });
        break;
      }
      case 'encounter': {
        const personKey = personKeyOf(r.patientKey, r.key);
        ensurePerson(personKey);
        const a: AccountRow = { id: accountIdFor(t, r.key), tenantId: t, personId: personIdFor(t, personKey), externalRef: r.key, facility: r.serviceProviderName, serviceDate: r.serviceDate, dischargeDate: r.periodEnd?.slice(0, 10) ?? r.serviceDate };
        accountRows.set(a.id, a);
        links.set(c, { personId: a.personId, accountId: a.id });
        break;
      }
      case 'claim': {
        const personKey = personKeyOf(r.patientKey, r.key);
        const accountId = ensureAccount(r.encounterKeys[0] ?? r.key, personKey, r.billablePeriodStart);
        const total = r.totalCents ?? r.items.reduce((s, i) => s + (i.netCents ?? 0), 0);
        const make = entryFactory(t, r, c.hash, accountId, now);
        const description = r.items.find((i) => i.productDisplay)?.productDisplay ?? null;
        if (total) entries.push(make('charge', 'charge', total, 'insurance', r.billablePeriodStart ?? today, description));
        links.set(c, { personId: personIdFor(t, personKey), accountId });
        break;
      }
      case 'eob': {
        const personKey = personKeyOf(r.patientKey, r.key);
        const accountKey = r.items.find((i) => i.encounterKeys.length)?.encounterKeys[0] ?? (r.claimKey ? claimAccount.get(r.claimKey) : undefined) ?? r.claimKey ?? r.key;
        const accountId = ensureAccount(accountKey, personKey, r.billablePeriodStart);
        entries.push(...eobEntries(entryFactory(t, r, c.hash, accountId, now), r, today));
        links.set(c, { personId: personIdFor(t, personKey), accountId });
        break;
      }
      case 'remittance': {
        const accountId = remitAccount.get(r.patientControlNumber);
        if (!accountId) {
          summary.remittances.unmatched++;
          break;
        }
        entries.push(...remittanceEntries(entryFactory(t, r, c.hash, accountId, now), r, today));
        links.set(c, { accountId });
        break;
      }
      case 'balance': {
        const p = personFromBalance(t, r, fallbackZone);
        people.set(p.id, p);
        const accountKey = r.encounterId ? `${r.accountNumber}|${r.encounterId}` : r.accountNumber;
        const a: AccountRow = { id: accountIdFor(t, accountKey), tenantId: t, personId: p.id, externalRef: accountKey, facility: null, serviceDate: r.serviceDate, dischargeDate: r.serviceDate };
        accountRows.set(a.id, a);
        entries.push(...balanceEntries(entryFactory(t, r, c.hash, a.id, now), r));
        links.set(c, { personId: p.id, accountId: a.id });
        break;
      }
      default:
        if ('patientKey' in r && r.patientKey) links.set(c, { personId: personIdFor(t, r.patientKey) });
        break;
    }
  }

  // Persons: full rows upsert; referenced-but-unseen patients get a placeholder the Patient will fill.
  const placeholders = [...placeholderPeople].map((k) => personIdFor(t, k)).filter((id) => !people.has(id));
  if (placeholders.length) {
    const keys = [...placeholderPeople].filter((k) => !people.has(personIdFor(t, k)));
    await tx.insert(persons).values(keys.map((k) => ({ id: personIdFor(t, k), tenantId: t, externalRef: k, kind: 'patient' as const, givenName: 'Unknown', familyName: 'Unknown', language: 'en', timeZone: fallbackZone, extraTimeZones: [] }))).onConflictDoNothing();
  }
  if (people.size) {
    const values = [...people.values()].map(({ email: _e, phone: _p, ...p }) => ({ ...p, kind: 'patient' as const }));
    await tx
      .insert(persons)
      .values(values)
      .onConflictDoUpdate({
        target: persons.id,
        set: {
          givenName: sql`excluded.given_name`, familyName: sql`excluded.family_name`, birthDate: sql`excluded.birth_date`, sex: sql`excluded.sex`,
          language: sql`excluded.language`, addressLine: sql`excluded.address_line`, city: sql`excluded.city`, state: sql`excluded.state`,
          postalCode: sql`excluded.postal_code`, timeZone: sql`excluded.time_zone`, extraTimeZones: sql`excluded.extra_time_zones`, deceased: sql`excluded.deceased`, updatedAt: now,
        },
      });
    const contacts = [...people.values()].flatMap((p) => [
      ...(p.email ? [{ id: stableId('cp', p.id, p.email), tenantId: t, personId: p.id, system: 'email' as const, value: p.email, use: 'home' as const, rank: 1, verified: false }] : []),
      ...(p.phone ? [{ id: stableId('cp', p.id, p.phone), tenantId: t, personId: p.id, system: 'phone' as const, value: p.phone, use: 'home' as const, rank: 1, verified: false }] : []),
    ]);
    if (contacts.length) await tx.insert(contactPoints).values(contacts).onConflictDoNothing();
  }
  if (deceased.length) {
    await tx.insert(holds).values(deceased.map((personId) => ({ id: stableId('hold', personId, 'deceased'), tenantId: t, personId, type: 'deceased' as const, since: now, reason: 'Source record says the patient has died', createdBy: 'ingestion' }))).onConflictDoNothing();
  }
  // Accounts: encounters upsert; accounts only referenced by claims/EOBs get a placeholder.
  const placeholderAccountRows = [...placeholderAccounts].filter(([k]) => !accountRows.has(accountIdFor(t, k)));
  if (placeholderAccountRows.length) {
    await tx
      .insert(accounts)
      .values(placeholderAccountRows.map(([k, v]) => ({ id: accountIdFor(t, k), tenantId: t, personId: personIdFor(t, v.personKey), externalRef: k, status: 'open', serviceDate: v.serviceDate, totalChargesCents: 0, balanceCents: 0, insurancePendingCents: 0, patientDueCents: 0 })))
      .onConflictDoNothing();
  }
  if (accountRows.size) {
    await tx
      .insert(accounts)
      .values([...accountRows.values()].map((a) => ({ ...a, status: 'open', totalChargesCents: 0, balanceCents: 0, insurancePendingCents: 0, patientDueCents: 0 })))
      .onConflictDoUpdate({ target: accounts.id, set: { facility: sql`excluded.facility`, serviceDate: sql`excluded.service_date`, dischargeDate: sql`excluded.discharge_date`, personId: sql`excluded.person_id`, updatedAt: now } });
  }
  await postLedgerEntries(tx, [...reversals, ...entries]);
  const touched = [...new Set([...reversals, ...entries].map((e) => e.accountId))];
  if (touched.length) {
    await refreshAccountBalances(tx, t, touched);
    await issueFirstStatements(tx, t, today, touched);
  }

  const auditEntries: AuditEntry[] = [
    ...[...people.keys()].map((id) => ({ action: 'write' as const, recordType: 'person', recordId: id, details: { via: 'ingestion' } })),
    ...touched.map((id) => ({ action: 'write' as const, recordType: 'account', recordId: id, details: { via: 'ingestion' } })),
  ];
  for (let i = 0; i < auditEntries.length; i += 1000) await audit(tx, ctx, ...auditEntries.slice(i, i + 1000));
  return links;
}
