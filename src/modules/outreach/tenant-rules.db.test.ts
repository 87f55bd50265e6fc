import { expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { DEFAULT_RULE_SET_VERSION } from '../compliance/index.js';
import { createTenant } from '../identity/index.js';
import { saveTenantRuleSet } from '../policies/index.js';
import { agentWorklistChannel, letterBatchChannel, sandboxChannel } from './channels/sandbox.js';
import { complianceEvaluator } from './compliance-questions.js';
import { deliverCommunication } from './deliver-communication.js';
import { loadOutreachConfig } from './journeys/load-outreach-config.js';
import { runOrchestrationPass } from './run-orchestration-pass.js';

// 13:00 in New York (daylight time since 2026-03-08).
const NOW = new Date('2026-03-10T17:00:00Z');

describeDb('a tenant’s own rule set decides its outreach', (getDb) => {
  it('quiet hours saved by the tenant move the next contact at the next pass and block a queued send', async () => {
    const database = getDb();
    const clock = new ManualClock(NOW.toISOString());
    const { tenantId } = await createTenant(database.db, { slug: 'own-rules', name: 'Own Rules Clinic', kind: 'provider' });
    const ctx = { tenantId, actor: { kind: 'user' as const, id: 'u-co', roles: ['compliance_officer'] }, purpose: 'compliance_review' as const, clock };
    // Two patients in New York who owe money and have never been contacted.
    for (const n of [1, 2]) {
      await database.query(
        `insert into persons (id, tenant_id, external_ref, given_name, family_name, language, time_zone) values ($2, $1, $2, 'Pat', 'Rules', 'en', 'America/New_York')`,
        [tenantId, `or-p${n}`],
      );
      await database.query(
        `insert into contact_points (id, tenant_id, person_id, system, value, use, rank, verified) values ($2, $1, $3, 'email', $4, 'home', 1, true)`,
        [tenantId, `or-e${n}`, `or-p${n}`, `pat${n}@example.test`],
      );
    }
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       values ('or-a1', $1, 'or-p1', 'OR1', 'patient_due', '2026-03-20', '2026-02-18', 25000, 25000, 40000)`,
      [tenantId],
    );
    const config = loadOutreachConfig();
    const pass = (now: Date) => runOrchestrationPass({ database, now, publicUrl: 'https://pay.example', config, tenantId });

    // First, under the shipped rules, the statement email is queued at 13:00 and records their version.
    await pass(NOW);
    const [first] = await database.query<{ id: string; status: string; rule_set_version: string }>(
      `select id, status, rule_set_version from communications where account_id = 'or-a1' and direction = 'outbound'`,
    );
    expect(first).toMatchObject({ status: 'queued', rule_set_version: DEFAULT_RULE_SET_VERSION });

    // Then the compliance officer narrows contact hours to 14:00-20:00 before the message goes out.
    await saveTenantRuleSet(database.db, ctx, { version: 'quiet-1', override: { 'policy.inconvenient_time': { start: '14:00', end: '20:00' } } });

    // At send time the tenant's new rules apply: the queued email is held back, and the decision says which rules.
    const channels = { email: sandboxChannel('email'), sms: sandboxChannel('sms'), letter: letterBatchChannel, call: agentWorklistChannel };
    expect(await deliverCommunication(database, NOW, { communicationId: first!.id, tenantId }, { channels, evaluate: complianceEvaluator(), worker: 't' })).toBe('blocked');
    const [held] = await database.query<{ status: string; reasons: string[]; at_send: { ruleSetVersion: string; earliestAllowedAt: string } }>(
      `select status, reasons, decision->'atSend' as at_send from communications where id = $1`,
      [first!.id],
    );
    expect(held!.status).toBe('blocked');
    expect(held!.reasons).toContain('policy_inconvenient_time');
    expect(held!.at_send.ruleSetVersion).toBe(`${DEFAULT_RULE_SET_VERSION}+quiet-1`);
    expect(held!.at_send.earliestAllowedAt).toBe('2026-03-10T18:00:00Z');

    // A new account seen at the next pass is decided under the tenant's rules too: email is out of
    // hours until 14:00, so the statement goes by letter, and the record names the tenant's version.
    await database.query(
      `insert into accounts (id, tenant_id, person_id, external_ref, status, due_on, first_statement_on, balance_cents, patient_due_cents, total_charges_cents)
       values ('or-a2', $1, 'or-p2', 'OR2', 'patient_due', '2026-03-20', '2026-02-18', 25000, 25000, 40000)`,
      [tenantId],
    );
    await pass(NOW);
    const second = await database.query<{ channel: string; status: string; rule_set_version: string; tried: unknown }>(
      `select channel, status, rule_set_version, decision->'tried' as tried from communications where account_id = 'or-a2' and direction = 'outbound'`,
    );
    expect(second).toEqual([
      { channel: 'letter', status: 'queued', rule_set_version: `${DEFAULT_RULE_SET_VERSION}+quiet-1`, tried: [{ channel: 'email', reasons: ['policy_inconvenient_time'] }] },
    ]);
  });
});
