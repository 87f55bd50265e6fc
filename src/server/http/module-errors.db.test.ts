import { afterAll, beforeAll, expect, it } from 'vitest';
import { AssistanceError } from '../../modules/assistance/index.js';
import { PaymentError } from '../../modules/payments/index.js';
import { PlanError } from '../../modules/plans/index.js';
import { ManualClock } from '../../platform/clock/index.js';
import { describeDb } from '../../platform/db/testing.js';
import { createLogger } from '../../platform/logging/index.js';
import { buildApp, type ZodApp } from './app.js';

/**
 * Each module's own error reaches a caller as the API's one error shape, with the status its code
 * maps to and the module's kind words for the patient; only an error nobody names is a 500.
 */
describeDb('module errors answer with their mapped codes', (getDb) => {
  let app: ZodApp;
  const throwing: Record<string, () => never> = {
    'plan-closed': () => {
      throw new PlanError('plan_closed', { message: 'plan p1 is completed', userMessage: 'This plan is already paid off.' });
    },
    'plan-invalid': () => {
      throw new PlanError('invalid_input', { message: 'months must be 1-60' });
    },
    'assistance-fpl': () => {
      throw new AssistanceError('fpl_table_unavailable', { message: 'no FPL table for 2031' });
    },
    'payment-card': () => {
      throw new PaymentError('invalid_card_number', { message: 'luhn' });
    },
    'payment-reused-key': () => {
      throw new PaymentError('idempotency_key_reused', { message: 'key k1 with another amount' });
    },
    'plain-error': () => {
      throw new Error('a bug');
    },
  };

  beforeAll(async () => {
    const clock = new ManualClock('2026-11-23T15:00:00Z');
    const routes = (z: ZodApp) => {
      for (const [name, fn] of Object.entries(throwing)) z.get(`/test/${name}`, async () => fn());
    };
    app = await buildApp({ database: getDb(), clock, logger: createLogger({ level: 'silent' }), secret: 'test-secret-0123456789', publicUrl: 'http://localhost:3000' }, [routes]);
    await app.ready();
  });
  afterAll(async () => app?.close());

  const call = async (name: string) => {
    const res = await app.inject({ method: 'GET', url: `/test/${name}` });
    return { status: res.statusCode, error: (res.json() as { error: { code: string; userMessage: string } }).error };
  };

  it('a closed plan is a conflict and keeps the plan module’s words for the patient', async () => {
    expect(await call('plan-closed')).toEqual({ status: 409, error: expect.objectContaining({ code: 'conflict', userMessage: 'This plan is already paid off.' }) });
  });

  it('invalid plan input and a mistyped card number are validation failures (400)', async () => {
    expect(await call('plan-invalid')).toMatchObject({ status: 400, error: { code: 'validation_failed' } });
    const card = await call('payment-card');
    expect(card).toMatchObject({ status: 400, error: { code: 'validation_failed' } });
    expect(card.error.userMessage).toContain('card number');
  });

  it('a reused idempotency key is a conflict, a missing FPL table is unavailable (503), neither a 500', async () => {
    expect(await call('payment-reused-key')).toMatchObject({ status: 409, error: { code: 'conflict' } });
    expect(await call('assistance-fpl')).toMatchObject({ status: 503, error: { code: 'unavailable' } });
  });

  it('only an error no module names becomes a 500', async () => {
    expect(await call('plain-error')).toMatchObject({ status: 500, error: { code: 'internal' } });
  });
});
