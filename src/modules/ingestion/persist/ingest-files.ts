import { eq } from 'drizzle-orm';
import { audit, type AccessContext, type AuditEntry } from '../../../platform/audit/index.js';
import type { Database, Tx } from '../../../platform/db/index.js';
import { newId, stableId } from '../../../platform/ids/index.js';
import { refreshAccountBalances, type NewLedgerEntry } from '../../ledger/index.js';
import { parseFile, type ParseFileOptions } from '../parse-file.js';
import type { AdjustmentGroup, CanonicalRecord, Rejection } from '../types.js';
import {
  accountIdFor,
  balanceEntries,
  balanceInconsistency,
  entryFactory,
  ENTRY_LEGS,
  coverageFromRecord,
  entryPrefix,
  eobEntries,
  personFromBalance,
  personFromPatient,
  personIdFor,
  recordVersion,
  remittanceEntries,
  type AccountRow,
  type CoverageRow,
  type PersonRow,
} from './project-records.js';
import { ingestionRejections, ingestionRuns } from './schema.js';
import { recordFacts } from './record-envelope.js';
import { run, writeDomainRows, writeRecordVersions, type BatchWrites } from './write-batch.js';

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
  /** Sum of CLM02 over the 837 claims read (the charges billed to insurers). */
  chargesCents: number;
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
    runId, files: 0, patients: 0, coverages: 0, encounters: 0, claims: 0, chargesCents: 0, eobs: 0,
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

  // Batches are written one at a time, in order, but the next batch is parsed and classified
  // while the previous one's transaction runs: Node and PostgreSQL work at the same time.
  let inFlight: Promise<void> | null = null;
  let failure: unknown = null;
  const settle = async () => {
    if (inFlight) await inFlight;
    inFlight = null;
    if (failure) throw failure;
    await flushRejections();
  };
  const submit = async (batch: CanonicalRecord[]) => {
    await settle();
    inFlight = flushBatch(database, ctx, runId, batch, summary, fallbackZone).catch((e: unknown) => {
      failure = e;
    });
  };
  try {
    for (const path of paths) {
      summary.files++;
      let batch: CanonicalRecord[] = [];
      let sawRemittance = false;
      for await (const event of parseFile(path, { displayName: opts.displayNames?.[path], csv: opts.csv })) {
        if (failure) break;
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
          await submit(batch);
          batch = [];
        }
      }
      if (batch.length) await submit(batch);
      await settle();
      if (sawRemittance) summary.remittances.files++;
    }
  } catch (e) {
    await inFlight;
    await database.db.update(ingestionRuns).set({ finishedAt: ctx.clock.now(), status: 'failed' }).where(eq(ingestionRuns.id, runId));
    throw e;
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
    case 'claim':
      s.claims++;
      if (r.payerSequence !== undefined) s.chargesCents += r.totalCents ?? 0;
      break;
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

/** A record of the batch with its content hash, stored JSON text and what the database holds for its key. */
type Classified = { record: CanonicalRecord; hash: string; json: string; status: 'created' | 'updated' | 'unchanged'; previousHash?: string };

async function flushBatch(database: Database, ctx: AccessContext, runId: string, input: CanonicalRecord[], summary: IngestSummary, fallbackZone: string): Promise<void> {
  // The same key twice in one batch: the later version wins (it is what the source says now).
  const byKey = new Map<string, CanonicalRecord>();
  for (const r of input) byKey.set(`${r.kind}|${r.key}`, r);
  const batch = [...byKey.values()].map((record) => ({ record, ...recordVersion(record) }));
  const t = ctx.tenantId;
  await database.db.transaction(async (tx) => {
    // Primary-key probes for the batch's (kind, key) pairs.
    const existing = await run<{ kind: string; key: string; content_hash: string }>(
      tx,
      `select r.kind, r.key, r.content_hash from unnest($2::text[], $3::text[]) as x(kind, key)
       join ingested_records r on r.tenant_id = $1 and r.kind = x.kind and r.key = x.key`,
      [t, batch.map((b) => b.record.kind), batch.map((b) => b.record.key)],
    );
    const old = new Map(existing.map((e) => [`${e.kind}|${e.key}`, e.content_hash]));
    const classified: Classified[] = batch.map((b) => {
      const prev = old.get(`${b.record.kind}|${b.record.key}`);
      if (prev === undefined) return { ...b, status: 'created' };
      if (prev === b.hash) return { ...b, status: 'unchanged' };
      return { ...b, status: 'updated', previousHash: prev };
    });
    for (const c of classified) summary[c.status]++;
    const changed = classified.filter((c) => c.status !== 'unchanged');
    if (!changed.length) return;
    const links = await project(tx, ctx, changed, fallbackZone, summary);
    const now = ctx.clock.now();
    await writeRecordVersions(
      tx,
      t,
      runId,
      changed.map((c) => ({ kind: c.record.kind, key: c.record.key, hash: c.hash, data: c.json, facts: recordFacts(c.record), personId: links.get(c)?.personId ?? null, accountId: links.get(c)?.accountId ?? null })),
      changed.filter((c) => c.status === 'updated').map((c) => ({ kind: c.record.kind, key: c.record.key })),
      now,
    );
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
  const claimRefs: BatchWrites['claimRefs'] = [];
  const coverages: CoverageRow[] = [];

  const personKeyOf = (patientKey: string | null, recordKey: string) => patientKey ?? `unknown|${recordKey}`;
  const ensurePerson = (key: string) => placeholderPeople.add(key);
  const ensureAccount = (accountKey: string, personKey: string, serviceDate: string | null) => {
    ensurePerson(personKey);
    if (!placeholderAccounts.has(accountKey)) placeholderAccounts.set(accountKey, { personKey, serviceDate });
    return accountIdFor(t, accountKey);
  };

  // Claims in this batch tell which account an EOB belongs to; earlier claims are looked up by key.
  for (const c of changed) if (c.record.kind === 'claim') claimAccount.set(c.record.key, c.record.encounterKeys[0] ?? c.record.key);
  const eobClaimKeys = changed.flatMap((c) => (c.record.kind === 'eob' && c.record.claimKey && !claimAccount.has(c.record.claimKey) ? [c.record.claimKey] : []));
  if (eobClaimKeys.length) {
    const found = await run<{ key: string; account_key: string }>(
      tx,
      `select r.key, coalesce(r.facts->>'accountKey', r.key) as account_key
       from unnest($2::text[]) as x(key) join ingested_records r on r.tenant_id = $1 and r.kind = 'claim' and r.key = x.key`,
      [t, [...new Set(eobClaimKeys)]],
    );
    for (const f of found) claimAccount.set(f.key, f.account_key);
  }
  // 835 claim payments are matched to accounts by the patient control number (CLP01): an account's
  // own reference first, else an identifier of an ingested claim.
  const pcns = [...new Set(changed.flatMap((c) => (c.record.kind === 'remittance' ? [c.record.patientControlNumber] : [])))];
  const remitAccount = new Map<string, string>();
  if (pcns.length) {
    const byRef = await run<{ id: string; external_ref: string }>(
      tx,
      `select a.id, a.external_ref from unnest($2::text[]) as x(ref) join accounts a on a.tenant_id = $1 and a.external_ref = x.ref`,
      [t, pcns],
    );
    for (const a of byRef) remitAccount.set(a.external_ref, a.id);
    const missing = pcns.filter((p) => !remitAccount.has(p));
    if (missing.length) {
      const byClaim = await run<{ ref: string; account_id: string }>(
        tx,
        `select c.ref, c.account_id from unnest($2::text[]) as x(ref) join ingested_claim_refs c on c.tenant_id = $1 and c.ref = x.ref order by c.account_id`,
        [t, missing],
      );
      for (const m of byClaim) remitAccount.set(m.ref, m.account_id);
    }
  }

  // Reverse what the previous version of each corrected record posted (found by exact refs).
  const reversals: NewLedgerEntry[] = [];
  const updated = changed.filter((x) => x.status === 'updated');
  if (updated.length) {
    const refs = updated.flatMap((c) => ENTRY_LEGS.map((leg) => `${entryPrefix(c.record.kind, c.record.key, c.previousHash!)}${leg}`));
    const prior = await run<{ account_id: string; kind: string; amount_cents: number; bucket: 'insurance' | 'patient'; effective_on: string; source_ref: string }>(
      tx,
      `select e.account_id, e.kind, e.amount_cents, e.bucket, e.effective_on, e.source_ref
       from unnest($2::text[]) as x(ref) join ledger_entries e on e.tenant_id = $1 and e.source = 'ingest' and e.source_ref = x.ref`,
      [t, refs],
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
        // A claim to a secondary or tertiary payer bills a service whose charge its primary claim posted.
        if (total && (r.payerSequence ?? 1) === 1) entries.push(make('charge', 'charge', total, 'insurance', r.billablePeriodStart ?? today, description));
        for (const id of r.identifiers) claimRefs.push({ ref: id.value, accountId });
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
      case 'coverage': {
        if (!r.patientKey) break;
        const personId = personIdFor(t, r.patientKey);
        links.set(c, { personId });
        // Copied for the front desk here, once, so reads of a patient's coverage only read.
        const copy = coverageFromRecord(t, personId, r);
        if (copy) {
          ensurePerson(r.patientKey);
          coverages.push(copy);
        }
        break;
      }
      default:
        if ('patientKey' in r && r.patientKey) links.set(c, { personId: personIdFor(t, r.patientKey) });
        break;
    }
  }

  const contacts = [...people.values()].flatMap((p) => [
    ...(p.email ? [{ id: stableId('cp', p.id, p.email), personId: p.id, system: 'email' as const, value: p.email }] : []),
    ...(p.phone ? [{ id: stableId('cp', p.id, p.phone), personId: p.id, system: 'phone' as const, value: p.phone }] : []),
  ]);
  const allEntries = [...reversals, ...entries];
  await writeDomainRows(
    tx,
    t,
    {
      placeholderPersons: [...placeholderPeople].filter((k) => !people.has(personIdFor(t, k))).map((k) => ({ id: personIdFor(t, k), externalRef: k })),
      persons: [...people.values()],
      contacts,
      deceased,
      placeholderAccounts: [...placeholderAccounts].filter(([k]) => !accountRows.has(accountIdFor(t, k))).map(([k, v]) => ({ id: accountIdFor(t, k), personId: personIdFor(t, v.personKey), externalRef: k, serviceDate: v.serviceDate })),
      accounts: [...accountRows.values()],
      entries: allEntries,
      claimRefs,
      coverages,
    },
    now,
    fallbackZone,
  );
  const touched = [...new Set(allEntries.map((e) => e.accountId))];
  if (touched.length) {
    await refreshAccountBalances(tx, t, touched, { firstStatementOn: today });
  }

  const auditEntries: AuditEntry[] = [
    ...[...people.keys()].map((id) => ({ action: 'write' as const, recordType: 'person', recordId: id, details: { via: 'ingestion' } })),
    ...touched.map((id) => ({ action: 'write' as const, recordType: 'account', recordId: id, details: { via: 'ingestion' } })),
  ];
  await audit(tx, ctx, ...auditEntries);
  return links;
}
