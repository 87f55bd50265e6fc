import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clearinghouseFor } from '../../../modules/claims/index.js';
import {
  addCoverage,
  checkIn,
  collectCopay,
  estimateVisit,
  findPatients,
  getPatientHeader,
  getReceipt,
  goodFaithEstimateDueBy,
  listCoverages,
  loadPriceList,
  priorBalanceCents,
  renderGoodFaithEstimatePdf,
  runEligibilityCheck,
  VISIT_TYPES,
  type CoverageView as Coverage,
} from '../../../modules/frontdesk/index.js';
import { tenants } from '../../../modules/identity/index.js';
import { resolveTenantGateway } from '../../../modules/payments/index.js';
import { sendPaymentReceipt } from '../../../modules/portal/index.js';
import { AppError } from '../../../platform/errors/index.js';
import type { ZodApp } from '../app.js';
import { noStore, requirePermission, type AppDeps } from '../context.js';
import { portalEmail } from '../../portal-email.js';
import { CopayResult, CoverageView, DeskPatient, DeskView, EligibilityCheck, EstimateResult, PatientMatchList, PriceList, Receipt, ReceiptSent } from '../contracts/frontdesk.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const FindPatientsQuery = z
  .object({ name: z.string().trim().max(100).optional(), birthDate: IsoDate.optional(), mrn: z.string().trim().max(64).optional() })
  .refine((q) => Boolean(q.name || q.birthDate || q.mrn), { message: 'search by name, date of birth or MRN', path: ['name'] });
export const AddCoverageRequest = z.object({ payerName: z.string().trim().min(1).max(100), payerId: z.string().trim().max(30).optional(), memberId: z.string().trim().min(2).max(30), groupId: z.string().trim().max(30).optional() });
export const CheckInRequest = z.object({ visitType: z.enum(VISIT_TYPES), coverageId: z.string().nullable().optional(), serviceCode: z.string().max(10).nullable().optional() });
export const CollectCopayRequest = z.object({ paymentMethod: z.string().min(3).max(200), idempotencyKey: z.string().min(8).max(100) });
export const EstimateRequest = z.object({
  items: z.array(z.object({ code: z.string().min(1).max(10), quantity: z.number().int().min(1).max(99).optional() })).min(1).max(20),
  coverageId: z.string().nullable().optional(),
  scheduledFor: IsoDate.nullable().optional(),
  language: z.enum(['en', 'es']).default('en'),
});

/** Front desk (access representative): find, coverage, eligibility, estimates, check-in, copay, receipt. */
export function frontDeskRoutes(app: ZodApp, deps: AppDeps): void {
  const tags = ['frontdesk'];
  const clearinghouse = () => clearinghouseFor(deps.clock, deps.clearinghouse);
  const provider = async (tenantId: string) => {
    const [t] = await deps.database.db.select().from(tenants).where(eq(tenants.id, tenantId));
    const s = (t?.settings ?? {}) as { npi?: string; taxId?: string; address?: string; phone?: string };
    // 1234567893 is the CMS example NPI (valid check digit), used until the tenant sets its own.
    return { name: t?.name ?? 'Provider', npi: s.npi ?? '1234567893', taxId: s.taxId ?? null, address: s.address ?? null, phone: s.phone ?? '1-800-555-0142' };
  };
  const benefitsOf = (coverages: Coverage[], id: string | null | undefined) => {
    if (!id) return null;
    const c = coverages.find((x) => x.id === id);
    if (!c) throw new AppError('not_found', { message: 'coverage not found' });
    return c.eligibility;
  };

  app.get('/api/v1/frontdesk/patients', { schema: { tags, summary: 'Find a patient by name, date of birth or MRN', querystring: FindPatientsQuery, response: { 200: PatientMatchList } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'operations');
    noStore(reply);
    const items = await deps.database.db.transaction((tx) => findPatients({ q: tx, ctx, ...req.query }));
    return { items };
  });

  app.get('/api/v1/frontdesk/patients/:personId', { schema: { tags, summary: 'The patient at the desk: identity, coverage on file, prior balance', params: z.object({ personId: z.string() }), response: { 200: DeskPatient } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'operations');
    noStore(reply);
    return deps.database.db.transaction(async (tx) => {
      const patient = await getPatientHeader({ q: tx, ctx, personId: req.params.personId });
      const coverages = await listCoverages({ q: tx, ctx, personId: req.params.personId });
      return { patient, coverages, priorBalanceCents: await priorBalanceCents(tx, ctx.tenantId, req.params.personId) };
    });
  });

  app.post('/api/v1/frontdesk/patients/:personId/coverages', { schema: { tags, summary: "Record the insurance card the patient shows", params: z.object({ personId: z.string() }), body: AddCoverageRequest, response: { 200: CoverageView } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'operations');
    noStore(reply);
    await deps.database.db.transaction((tx) => getPatientHeader({ q: tx, ctx, personId: req.params.personId }));
    return deps.database.db.transaction((tx) => addCoverage({ q: tx, ctx, personId: req.params.personId, ...req.body }));
  });

  app.post('/api/v1/frontdesk/coverages/:coverageId/eligibility', { schema: { tags, summary: 'Run an eligibility check (X12 270/271) through the clearinghouse; the answer is kept on the coverage', params: z.object({ coverageId: z.string() }), body: z.object({ serviceType: z.string().regex(/^[0-9A-Z]{1,2}$/).optional() }).default({}), response: { 200: EligibilityCheck } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'payment');
    noStore(reply);
    return runEligibilityCheck({ database: deps.database, ctx, clearinghouse: clearinghouse(), coverageId: req.params.coverageId, serviceType: req.body.serviceType, provider: await provider(ctx.tenantId) });
  });

  app.post('/api/v1/frontdesk/patients/:personId/check-in', { schema: { tags, summary: 'Check the patient in: the copay and prior balance to mention (none in the emergency department) and the words to use', params: z.object({ personId: z.string() }), body: CheckInRequest, response: { 200: DeskView } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'operations');
    noStore(reply);
    return deps.database.db.transaction((tx) => checkIn({ q: tx, ctx, personId: req.params.personId, visitType: req.body.visitType, coverageId: req.body.coverageId ?? null, serviceCode: req.body.serviceCode ?? null }));
  });

  app.post('/api/v1/frontdesk/visits/:visitId/copay', { schema: { tags, summary: "Take today's copay by card (never in the emergency department)", params: z.object({ visitId: z.string() }), body: CollectCopayRequest, response: { 200: CopayResult } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'payments.collect', 'payment');
    await requirePermission(deps, req, 'frontdesk.checkin', 'payment');
    noStore(reply);
    return collectCopay({ database: deps.database, gateway: (await resolveTenantGateway(deps.database, ctx.tenantId, deps.clock)).gateway, ctx, visitId: req.params.visitId, ...req.body });
  });

  app.get('/api/v1/frontdesk/price-list', { schema: { tags, summary: 'Services the desk can estimate, in plain words', response: { 200: PriceList } } }, async (req) => {
    await requirePermission(deps, req, 'frontdesk.checkin', 'operations');
    return { items: loadPriceList() };
  });

  app.post('/api/v1/frontdesk/patients/:personId/estimate', { schema: { tags, summary: 'A patient estimate for planned services (benefits from the last 271, or the self-pay price)', params: z.object({ personId: z.string() }), body: EstimateRequest, response: { 200: EstimateResult } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'payment');
    noStore(reply);
    const coverages = await deps.database.db.transaction((tx) => listCoverages({ q: tx, ctx, personId: req.params.personId }));
    const estimate = estimateVisit({ items: req.body.items, priceList: loadPriceList(), benefits: benefitsOf(coverages, req.body.coverageId) });
    const today = ctx.clock.now().toISOString().slice(0, 10);
    return { estimate, goodFaithEstimate: estimate.kind === 'self_pay' ? { required: true, dueBy: goodFaithEstimateDueBy(today, req.body.scheduledFor ?? null) } : { required: false, dueBy: null } };
  });

  app.post('/api/v1/frontdesk/patients/:personId/good-faith-estimate', { schema: { tags, summary: 'The Good Faith Estimate (No Surprises Act) for an uninsured or self-pay patient, as a PDF (EN/ES)', params: z.object({ personId: z.string() }), body: EstimateRequest } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'frontdesk.checkin', 'payment');
    noStore(reply);
    const patient = await deps.database.db.transaction((tx) => getPatientHeader({ q: tx, ctx, personId: req.params.personId }));
    const estimate = estimateVisit({ items: req.body.items, priceList: loadPriceList(), benefits: null });
    const pdf = await renderGoodFaithEstimatePdf({ language: req.body.language, provider: await provider(ctx.tenantId), patient: { name: patient.name, birthDate: patient.birthDate }, issuedOn: ctx.clock.now().toISOString().slice(0, 10), scheduledFor: req.body.scheduledFor ?? null, primaryService: estimate.lines[0]!.description[req.body.language], estimate });
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="good-faith-estimate.pdf"').send(pdf);
  });

  app.get('/api/v1/frontdesk/payments/:paymentId/receipt', { schema: { tags, summary: 'A receipt to print (no card number, no clinical detail)', params: z.object({ paymentId: z.string() }), response: { 200: Receipt } } }, async (req, reply) => {
    const ctx = await requirePermission(deps, req, 'payments.collect', 'payment');
    noStore(reply);
    return deps.database.db.transaction((tx) => getReceipt({ q: tx, ctx, paymentId: req.params.paymentId }));
  });

  app.post('/api/v1/frontdesk/payments/:paymentId/receipt/email', { schema: { tags, summary: 'Email the receipt to the patient (once)', params: z.object({ paymentId: z.string() }), body: z.object({ language: z.enum(['en', 'es']).default('en') }).default({ language: 'en' }), response: { 200: ReceiptSent } } }, async (req) => {
    const ctx = await requirePermission(deps, req, 'payments.collect', 'payment');
    await deps.database.db.transaction((tx) => getReceipt({ q: tx, ctx, paymentId: req.params.paymentId }));
    const sent = await sendPaymentReceipt({ database: deps.database, clock: deps.clock, email: portalEmail, paymentId: req.params.paymentId, language: req.body.language });
    return { sent: sent !== null };
  });
}
