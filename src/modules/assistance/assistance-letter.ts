import PDFDocument from 'pdfkit';
import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { notFound } from '../../platform/errors/index.js';
import { formatCents } from '../../platform/money/index.js';
import { tenants } from '../identity/index.js';
import { persons } from '../people/index.js';
import type { MissingItem } from './check-application-completeness.js';
import type { RetroactiveAdjustment } from './compute-retroactive-adjustment.js';
import { assistanceApplications, assistanceDecisions } from './schema.js';

export type LetterLanguage = 'en' | 'es';
export type LetterKind = 'received' | 'incomplete' | 'approved' | 'denied';

/** A notice about an application: the email text and the printed letter come from the same words. */
export interface AssistanceLetter {
  kind: LetterKind;
  language: LetterLanguage;
  tenantName: string;
  patientName: string;
  addressLines: string[];
  date: string;
  subject: string;
  paragraphs: string[];
  bullets: string[];
}

const REASONS: Record<string, [string, string]> = {
  income_above_all_tiers: ['Your household income is above the limit in our financial assistance policy.', 'El ingreso de su hogar está por encima del límite de nuestra política de asistencia financiera.'],
  asset_test_failed: ["Your household's savings and other assets are above the limit in our policy.", 'Los ahorros y otros bienes de su hogar están por encima del límite de nuestra política.'],
  income_within_tier: ['Your household income is within the limits of our policy.', 'El ingreso de su hogar está dentro de los límites de nuestra política.'],
  presumptive_medicaid: ['You are enrolled in Medicaid.', 'Usted está inscrito en Medicaid.'],
  presumptive_snap: ['Your household receives SNAP food benefits.', 'Su hogar recibe beneficios de alimentos SNAP.'],
  presumptive_wic: ['Your household receives WIC benefits.', 'Su hogar recibe beneficios de WIC.'],
  presumptive_homeless: ['You told us you do not have a stable place to live.', 'Nos dijo que no tiene un lugar estable donde vivir.'],
  presumptive_deceased_no_estate: ['The patient has died and left no estate.', 'El paciente falleció y no dejó herencia.'],
  presumptive_prior_approval: ['You were approved for assistance recently.', 'Usted fue aprobado para recibir asistencia recientemente.'],
};

function fmtDate(iso: string, L: LetterLanguage): string {
  return new Intl.DateTimeFormat(L === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The words of a notice (pure): what was decided, why, what changes on the bill, what to do next. */
export function assistanceLetterText(opts: {
  kind: LetterKind;
  language: LetterLanguage;
  tenantName: string;
  date: string;
  discountPct?: number;
  validThrough?: string | null;
  reasons?: string[];
  missing?: MissingItem[];
  adjustment?: RetroactiveAdjustment['totals'] | null;
}): { subject: string; paragraphs: string[]; bullets: string[] } {
  const L = opts.language;
  const es = L === 'es';
  const money = (c: number) => formatCents(c, es ? 'es-US' : 'en-US');
  const why = (opts.reasons ?? []).map((r) => REASONS[r]?.[es ? 1 : 0]).filter((x): x is string => Boolean(x));
  switch (opts.kind) {
    case 'received':
      return {
        subject: es ? 'Recibimos su solicitud de asistencia financiera' : 'We received your financial assistance application',
        paragraphs: [
          es
            ? `Gracias. ${opts.tenantName} recibió su solicitud de asistencia financiera el ${fmtDate(opts.date, L)}.`
            : `Thank you. ${opts.tenantName} received your financial assistance application on ${fmtDate(opts.date, L)}.`,
          es
            ? 'Mientras la revisamos, no tomaremos ninguna acción de cobro contra usted. Le escribiremos con nuestra decisión.'
            : 'While we review it, we will not take any collection action against you. We will write to you with our decision.',
        ],
        bullets: [],
      };
    case 'incomplete': {
      const by = fmtDate(addDays(opts.date, 30), L);
      return {
        subject: es ? 'Necesitamos algunos datos más para su solicitud' : 'We need a little more for your application',
        paragraphs: [
          es
            ? `Gracias por solicitar asistencia financiera a ${opts.tenantName}. Para decidir, necesitamos lo siguiente:`
            : `Thank you for applying to ${opts.tenantName} for financial assistance. To decide, we need the following:`,
          es
            ? `Envíelo antes del ${by} por el mismo enlace seguro, por correo o en persona. Mientras tanto no tomaremos ninguna acción de cobro contra usted. Si necesita ayuda para reunir estos documentos, llámenos.`
            : `Please send it by ${by} through the same secure link, by mail, or in person. Until then we will not take any collection action against you. If you need help getting these papers, call us.`,
        ],
        bullets: (opts.missing ?? []).map((m) => (es ? m.messageEs : m.message)),
      };
    }
    case 'approved': {
      const t = opts.adjustment;
      const pct = opts.discountPct ?? 0;
      const bullets: string[] = [];
      if (t) {
        const reduced = t.adjustmentCents + t.refundCents + t.unrefundedExcessCents;
        if (reduced > 0) bullets.push(es ? `Redujimos lo que debe en ${money(reduced)}.` : `We lowered what you owe by ${money(reduced)}.`);
        bullets.push(es ? `Su nuevo saldo es ${money(t.newBalanceCents)}.` : `Your new balance is ${money(t.newBalanceCents)}.`);
        if (t.refundCents > 0) bullets.push(es ? `Ya había pagado de más: le devolveremos ${money(t.refundCents)}.` : `You had already paid more than this: we will refund ${money(t.refundCents)} to you.`);
      }
      return {
        subject: es ? 'Su solicitud de asistencia financiera fue aprobada' : 'Your financial assistance application is approved',
        paragraphs: [
          es
            ? `Buenas noticias: ${opts.tenantName} aprobó su solicitud de asistencia financiera${pct > 0 ? ` con un descuento del ${pct}%` : ''}. ${why.join(' ')}`
            : `Good news: ${opts.tenantName} approved your financial assistance application${pct > 0 ? ` with a ${pct}% discount` : ''}. ${why.join(' ')}`,
          es
            ? 'Nunca le cobraremos más de lo que se cobra generalmente a las personas con seguro.'
            : 'You will never be charged more than the amounts generally billed to people who have insurance.',
          opts.validThrough
            ? es
              ? `Esta aprobación también cubre la atención que reciba hasta el ${fmtDate(opts.validThrough, L)}.`
              : `This approval also covers care you receive through ${fmtDate(opts.validThrough, L)}.`
            : '',
        ].filter(Boolean),
        bullets,
      };
    }
    case 'denied':
      return {
        subject: es ? 'Decisión sobre su solicitud de asistencia financiera' : 'Decision on your financial assistance application',
        paragraphs: [
          es
            ? `Revisamos con cuidado su solicitud a ${opts.tenantName}. Esta vez no califica para asistencia financiera.`
            : `We carefully reviewed your application to ${opts.tenantName}. This time, you do not qualify for financial assistance.`,
          es
            ? 'Si su situación cambia, puede volver a solicitarla cuando quiera. Si cree que nos equivocamos, llámenos dentro de 30 días y revisaremos la decisión. También podemos ofrecerle un plan de pagos sin intereses que se ajuste a su presupuesto.'
            : 'If your situation changes, you can apply again at any time. If you think we made a mistake, call us within 30 days and we will review it. We can also offer an interest-free payment plan that fits your budget.',
        ],
        bullets: why,
      };
  }
}

/** Gathers what a notice about this application needs and words it (latest decision, or receipt). */
export async function buildAssistanceLetter(q: Queryable, opts: { tenantId: string; applicationId: string; language?: LetterLanguage; kind?: LetterKind; date: string }): Promise<AssistanceLetter> {
  const [row] = await q
    .select({ app: assistanceApplications, p: persons, tenantName: tenants.name })
    .from(assistanceApplications)
    .innerJoin(persons, eq(persons.id, assistanceApplications.personId))
    .innerJoin(tenants, eq(tenants.id, assistanceApplications.tenantId))
    .where(and(eq(assistanceApplications.tenantId, opts.tenantId), eq(assistanceApplications.id, opts.applicationId)));
  if (!row) throw notFound('application');
  const [decision] = await q.select().from(assistanceDecisions).where(eq(assistanceDecisions.applicationId, row.app.id)).orderBy(desc(assistanceDecisions.decidedAt)).limit(1);
  const language = opts.language ?? row.app.language;
  const kind: LetterKind = opts.kind ?? (decision ? decision.decision : row.app.missing.length ? 'incomplete' : 'received');
  const adjustment = (decision?.details as { adjustment?: RetroactiveAdjustment | null } | undefined)?.adjustment ?? null;
  const text = assistanceLetterText({
    kind,
    language,
    tenantName: row.tenantName,
    date: decision?.decidedOn ?? opts.date,
    discountPct: decision?.discountPct,
    validThrough: decision?.validThrough,
    reasons: decision?.reasons,
    missing: kind === 'incomplete' ? (decision?.missing.length ? decision.missing : row.app.missing) : [],
    adjustment: adjustment?.totals ?? null,
  });
  return {
    kind,
    language,
    tenantName: row.tenantName,
    patientName: `${row.p.givenName} ${row.p.familyName}`,
    addressLines: [row.p.addressLine, [row.p.city, row.p.state, row.p.postalCode].filter(Boolean).join(', ')].filter((x): x is string => Boolean(x)),
    date: decision?.decidedOn ?? opts.date,
    ...text,
  };
}

/** The notice as a printable letter (pdfkit, US Letter). No clinical detail. */
export async function renderAssistanceLetterPdf(letter: AssistanceLetter): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: letter.subject, Author: letter.tenantName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).font('Helvetica-Bold').text(letter.tenantName);
  doc.moveDown(0.3).fontSize(10).font('Helvetica').text(fmtDate(letter.date, letter.language));
  doc.moveDown(0.8).fontSize(11).text(letter.patientName);
  for (const l of letter.addressLines) doc.text(l);
  doc.moveDown(1).fontSize(16).font('Helvetica-Bold').text(letter.subject);
  doc.moveDown(0.5).fontSize(12).font('Helvetica');
  doc.text(letter.language === 'es' ? `Estimado/a ${letter.patientName}:` : `Dear ${letter.patientName},`);
  const [first, ...rest] = letter.paragraphs;
  if (first) doc.moveDown(0.5).text(first);
  for (const b of letter.bullets) doc.text(`•  ${b}`, { indent: 10 });
  for (const p of rest) doc.moveDown(0.5).text(p);
  doc.moveDown(1).text(letter.language === 'es' ? 'Atentamente,' : 'Sincerely,');
  doc.text(letter.language === 'es' ? `Asesoría financiera, ${letter.tenantName}` : `Financial counseling, ${letter.tenantName}`);
  doc.end();
  return done;
}

/** The same notice as plain text for email. */
export function assistanceLetterEmail(letter: AssistanceLetter): { subject: string; body: string } {
  const [first, ...rest] = letter.paragraphs;
  const body = [
    letter.language === 'es' ? `Estimado/a ${letter.patientName}:` : `Dear ${letter.patientName},`,
    first,
    letter.bullets.map((b) => `- ${b}`).join('\n'),
    ...rest,
    letter.language === 'es' ? 'Para dejar de recibir correos sobre esta factura, responda STOP.' : 'To stop emails about this bill, reply STOP.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: letter.subject, body };
}
