import { afterAll, beforeAll, expect, it } from 'vitest';
import { ASSISTANCE_ERROR_CODES, assistanceError } from '../../modules/assistance/index.js';
import { PAYMENT_ERROR_CODES, paymentError } from '../../modules/payments/index.js';
import { PLAN_ERROR_CODES, planError } from '../../modules/plans/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createLogger } from '../../platform/logging/index.js';
import { buildApp, type ZodApp } from './app.js';

// The HTTP status each module reason answers with, written out by hand: a change to a module's
// list that moves a status (or leaves a reason without one) fails here.
const EXPECTED_STATUS: Record<string, Record<string, number>> = {
  plans: { invalid_input: 400, invalid_transition: 409, plan_closed: 409, stale_decision: 409, pause_too_long: 422, replan_total_mismatch: 422 },
  assistance: { invalid_input: 400, fpl_table_unavailable: 503, unknown_preset: 422 },
  payments: {
    invalid_request: 400,
    invalid_card_number: 400,
    unknown_payment_method: 422,
    charge_not_found: 404,
    charge_not_confirmable: 409,
    charge_not_refundable: 409,
    refund_exceeds_charge: 422,
    idempotency_key_reused: 409,
    gateway_auth_failed: 503,
    rate_limited: 429,
    gateway_unavailable: 503,
    webhook_malformed: 400,
    webhook_signature_invalid: 400,
    webhook_timestamp_out_of_tolerance: 400,
  },
};

const make: Record<string, (reason: string) => Error> = {
  plans: (r) => planError(r as keyof typeof PLAN_ERROR_CODES, { message: `plan ${r}` }),
  assistance: (r) => assistanceError(r as keyof typeof ASSISTANCE_ERROR_CODES, { message: `assistance ${r}` }),
  payments: (r) => paymentError(r as keyof typeof PAYMENT_ERROR_CODES, { message: `payment ${r}` }),
};

/**
 * Every error a module raises is an AppError: it reaches a caller as the API's one error shape, with
 * the status its reason is declared with and the module's kind words for the patient; only an error
 * nobody names is a 500.
 */
describeDb('module errors are AppErrors with their declared statuses', (getDb) => {
  let app: ZodApp;

  beforeAll(async () => {
    const clock = new ManualClock('2026-11-23T15:00:00Z');
    const routes = (z: ZodApp) => {
      z.get('/test/:module/:reason', async (req) => {
        const { module, reason } = req.params as { module: string; reason: string };
        if (module === 'plain') throw new Error('a bug');
        if (module === 'plan-closed') throw planError('plan_closed', { message: 'plan p1 is completed', userMessage: 'This plan is already paid off.' });
        throw make[module]!(reason);
      });
    };
    app = await buildApp({ database: getDb(), clock, logger: createLogger({ level: 'silent' }), secret: 'test-secret-0123456789', publicUrl: 'http://localhost:3000' }, [routes]);
    await app.ready();
  });
  afterAll(async () => app?.close());

  const call = async (module: string, reason = 'x') => {
    const res = await app.inject({ method: 'GET', url: `/test/${module}/${reason}` });
    return { status: res.statusCode, error: (res.json() as { error: { code: string; message: string; userMessage: string } }).error };
  };

  it('every reason of every module answers with its status, none with a 500 it did not declare', async () => {
    const declared = { plans: Object.keys(PLAN_ERROR_CODES), assistance: Object.keys(ASSISTANCE_ERROR_CODES), payments: Object.keys(PAYMENT_ERROR_CODES) };
    for (const [module, reasons] of Object.entries(declared)) {
      expect(reasons.sort()).toEqual(Object.keys(EXPECTED_STATUS[module]!).sort());
      for (const reason of reasons) {
        const { status } = await call(module, reason);
        expect({ module, reason, status }).toEqual({ module, reason, status: EXPECTED_STATUS[module]![reason] });
        // The only 5xx a module declares is 503 (try again later), never a 500.
        if (status >= 500) expect(status).toBe(503);
      }
    }
  });

  it('a closed plan is a conflict and keeps the plan module’s words for the patient', async () => {
    expect(await call('plan-closed')).toEqual({ status: 409, error: expect.objectContaining({ code: 'conflict', message: 'plan p1 is completed', userMessage: 'This plan is already paid off.' }) });
  });

  it('each module’s default words for the patient are kept', async () => {
    expect((await call('plans', 'invalid_input')).error.userMessage).toBe('We could not update your payment plan right now. Nothing was charged. Please contact us and we will help.');
    expect((await call('assistance', 'fpl_table_unavailable')).error.userMessage).toMatch(/^We could not finish checking your application right now/);
    expect((await call('payments', 'invalid_card_number')).error.userMessage).toContain('card number');
    expect((await call('payments', 'idempotency_key_reused')).error.userMessage).toMatch(/^Something went wrong on our side and the payment did not go through/);
  });

  it('only an error no module names becomes a 500', async () => {
    expect(await call('plain')).toMatchObject({ status: 500, error: { code: 'internal' } });
  });
});
