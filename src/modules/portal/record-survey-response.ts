import { sql } from 'drizzle-orm';
import { audit, type AccessContext } from '../../platform/audit/index.js';
import type { Clock } from '../../platform/clock/index.js';
import { rows, type Database, type Db, type Queryable } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { stableId } from '../../platform/ids/index.js';
import { messageLinkId, normalizeLinkCode } from '../payments/index.js';
import { portalMessage, type PortalLanguage } from './messages.js';

/** A score at or below this asks a person on the team to follow up. */
export const LOW_CSAT_SCORE = 2;
/** The survey can be answered this long after the message that asked (a thank-you is read late). */
const SURVEY_OPEN_DAYS = 90;

interface SurveyLink {
  id: string;
  tenant_id: string;
  person_id: string;
  account_id: string;
  communication_id: string;
  tenant_name: string;
  issued_at: Date | string;
  revoked_at: Date | string | null;
  score: number | null;
}

async function findSurveyLink(db: Queryable, code: string, now: Date, L: PortalLanguage): Promise<SurveyLink> {
  const c = normalizeLinkCode(code);
  const [link] = c
    ? await rows<SurveyLink>(
        db,
        sql`select l.id, l.tenant_id, l.person_id, l.account_id, l.communication_id, t.name as tenant_name, l.issued_at, l.revoked_at, r.score
            from payment_links l join tenants t on t.id = l.tenant_id
            left join csat_responses r on r.tenant_id = l.tenant_id and r.communication_id = l.communication_id
            where l.id = ${messageLinkId(c)} and 'survey' = any(l.actions) and l.communication_id is not null`,
      )
    : [];
  if (!link || link.revoked_at) throw new AppError('not_found', { message: 'no survey for this code', userMessage: portalMessage('link_invalid', L) });
  if (now.getTime() - new Date(link.issued_at).getTime() > SURVEY_OPEN_DAYS * 86_400_000) {
    throw new AppError('link_expired', { message: 'survey closed', userMessage: portalMessage('link_expired', L) });
  }
  return link;
}

/** The one-question survey behind a message's code: who asks, and the answer already given (no PHI). */
export async function getSurvey(opts: { db: Db; clock: Clock; code: string; language: PortalLanguage }): Promise<{ tenantName: string; score: number | null }> {
  const link = await findSurveyLink(opts.db, opts.code, opts.clock.now(), opts.language);
  return { tenantName: link.tenant_name, score: link.score };
}

export interface RecordSurveyResponseOptions {
  database: Database;
  clock: Clock;
  code: string;
  score: number;
  comment?: string;
  language: PortalLanguage;
  requestId?: string;
}

/**
 * Stores the rating for the interaction the message belongs to (one per message: answering again
 * replaces it). A low score opens one follow-up task for the team. The comment is the patient's
 * own words: stored and audited, never logged.
 */
export async function recordSurveyResponse(opts: RecordSurveyResponseOptions): Promise<{ responseId: string; score: number; followUp: boolean }> {
  if (!Number.isInteger(opts.score) || opts.score < 1 || opts.score > 5) {
    throw new AppError('validation_failed', { message: 'score must be 1..5', issues: [{ path: 'score', message: 'a whole number from 1 to 5' }] });
  }
  const comment = opts.comment?.trim() ? opts.comment.trim().slice(0, 2000) : null;
  const now = opts.clock.now();
  return opts.database.db.transaction(async (tx) => {
    const link = await findSurveyLink(tx, opts.code, now, opts.language);
    const ctx: AccessContext = { tenantId: link.tenant_id, actor: { kind: 'patient', id: link.person_id, roles: [] }, purpose: 'patient_self_service', requestId: opts.requestId, clock: opts.clock };
    const id = stableId('csat', link.tenant_id, link.communication_id);
    await tx.execute(sql`insert into csat_responses (id, tenant_id, person_id, account_id, communication_id, link_id, score, comment, language, created_at, updated_at)
      values (${id}, ${link.tenant_id}, ${link.person_id}, ${link.account_id}, ${link.communication_id}, ${link.id}, ${opts.score}, ${comment}, ${opts.language}, ${now}, ${now})
      on conflict (tenant_id, communication_id) do update set score = excluded.score, comment = excluded.comment, language = excluded.language, updated_at = excluded.updated_at`);
    let followUp = false;
    if (opts.score <= LOW_CSAT_SCORE) {
      const taskId = stableId('csat-followup', id);
      const created = await rows<{ id: string }>(
        tx,
        sql`insert into agent_tasks (id, tenant_id, person_id, account_id, communication_id, kind, status, reason, priority, created_at, due_at, detail)
            values (${taskId}, ${link.tenant_id}, ${link.person_id}, ${link.account_id}, ${link.communication_id}, 'csat_followup', 'open',
              ${`Low satisfaction score (${opts.score} of 5)`}, 60, ${now}, ${new Date(now.getTime() + 2 * 86_400_000)}, ${JSON.stringify({ responseId: id, score: opts.score, hasComment: comment !== null })}::jsonb)
            on conflict (tenant_id, id) do nothing returning id`,
      );
      if (created.length) await tx.execute(sql`update csat_responses set followup_task_id = ${taskId} where id = ${id}`);
      followUp = true;
    }
    await audit(tx, ctx, { action: 'write', recordType: 'csat_response', recordId: id, details: { score: opts.score, communicationId: link.communication_id } });
    return { responseId: id, score: opts.score, followUp };
  });
}

export interface CsatResponseView {
  id: string;
  score: number;
  comment: string | null;
  language: string;
  communicationId: string;
  answeredAt: string;
  followUpTaskId: string | null;
}

/** The account's ratings for the staff 360 view (an audited read: comments are the patient's words). */
export async function listAccountCsat(db: Db, ctx: AccessContext, accountId: string): Promise<CsatResponseView[]> {
  const found = await rows<{ id: string; score: number; comment: string | null; language: string; communication_id: string; updated_at: Date | string; followup_task_id: string | null }>(
    db,
    sql`select id, score, comment, language, communication_id, updated_at, followup_task_id from csat_responses
        where tenant_id = ${ctx.tenantId} and account_id = ${accountId} order by updated_at desc`,
  );
  await audit(db, ctx, { action: 'read', recordType: 'csat_response', recordId: accountId, details: { count: found.length } });
  return found.map((r) => ({ id: r.id, score: r.score, comment: r.comment, language: r.language, communicationId: r.communication_id, answeredAt: new Date(r.updated_at).toISOString(), followUpTaskId: r.followup_task_id }));
}

/** Ratings over a period for analytics: count, average and the 1..5 distribution (no comments). */
export async function summarizeCsat(db: Db, opts: { tenantId: string; from: Date; to: Date }): Promise<{ responses: number; average: number | null; distribution: Record<'1' | '2' | '3' | '4' | '5', number> }> {
  const found = await rows<{ score: number; n: number }>(
    db,
    sql`select score, count(*)::int as n from csat_responses where tenant_id = ${opts.tenantId} and updated_at >= ${opts.from} and updated_at < ${opts.to} group by score`,
  );
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let total = 0;
  let sum = 0;
  for (const r of found) {
    distribution[String(r.score) as keyof typeof distribution] = r.n;
    total += r.n;
    sum += r.n * r.score;
  }
  return { responses: total, average: total ? Math.round((sum / total) * 100) / 100 : null, distribution };
}
