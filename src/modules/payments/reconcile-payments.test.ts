import { describe, expect, it } from 'vitest';
import type { GatewayEvent } from './gateway.js';
import { reconcile, type LedgerPayment } from './reconcile-payments.js';

const ev = (id: string, type: GatewayEvent['type'], chargeId: string, amountCents: number): GatewayEvent => ({
  id,
  type,
  gatewayType: type,
  chargeId,
  amountCents,
  currency: 'usd',
  occurredAt: '2026-03-11T15:00:00.000Z',
  failure: null,
  metadata: {},
});
const pay = (id: string, chargeId: string, amountCents: number, kind: LedgerPayment['kind'] = 'payment'): LedgerPayment => ({ id, chargeId, amountCents, kind });

describe('reconcile', () => {
  it('sorts a day of payments into matched, missing on either side and mismatched', () => {
    const events = [
      ev('e1', 'payment_succeeded', 'pi_A', 8000),
      ev('e1', 'payment_succeeded', 'pi_A', 8000), // the same webhook delivered twice
      ev('e2', 'payment_succeeded', 'pi_B', 5000),
      ev('e3', 'payment_succeeded', 'pi_C', 12000),
      ev('e4', 'payment_failed', 'pi_D', 3000),
      ev('e5', 'refund_succeeded', 'pi_A', 2000),
      ev('e6', 'refund_succeeded', 'pi_A', 3000), // cumulative: 3000 refunded in all
    ];
    const ledger = [
      pay('L1', 'pi_A', 8000),
      pay('L2', 'pi_C', 10000),
      pay('L3', 'pi_D', 3000),
      pay('L4', 'pi_E', 700),
      pay('L5', 'pi_A', 2000, 'refund'),
      pay('L6', 'pi_A', 1000, 'refund'),
    ];
    const r = reconcile(events, ledger);
    expect(r.matched).toEqual([
      { chargeId: 'pi_A', kind: 'payment', amountCents: 8000, ledgerIds: ['L1'], eventIds: ['e1'] },
      { chargeId: 'pi_A', kind: 'refund', amountCents: 3000, ledgerIds: ['L5', 'L6'], eventIds: ['e5', 'e6'] },
    ]);
    expect(r.missingInLedger).toEqual([{ chargeId: 'pi_B', kind: 'payment', amountCents: 5000, eventIds: ['e2'] }]);
    expect(r.missingAtGateway).toEqual([
      { chargeId: 'pi_D', kind: 'payment', amountCents: 3000, ledgerIds: ['L3'], reason: 'gateway_reports_failure' },
      { chargeId: 'pi_E', kind: 'payment', amountCents: 700, ledgerIds: ['L4'], reason: 'no_gateway_event' },
    ]);
    expect(r.amountMismatches).toEqual([
      { chargeId: 'pi_C', kind: 'payment', gatewayAmountCents: 12000, ledgerAmountCents: 10000, differenceCents: 2000, ledgerIds: ['L2'], eventIds: ['e3'] },
    ]);
    expect(r.totals).toEqual({ gatewayCents: { payment: 25000, refund: 3000 }, ledgerCents: { payment: 21700, refund: 3000 } });
  });

  it('is clean when both sides agree, and empty on empty input', () => {
    const r = reconcile([ev('e1', 'payment_succeeded', 'pi_A', 100)], [pay('L1', 'pi_A', 100)]);
    expect([r.missingInLedger, r.missingAtGateway, r.amountMismatches]).toEqual([[], [], []]);
    expect(reconcile([], []).matched).toEqual([]);
  });
});
