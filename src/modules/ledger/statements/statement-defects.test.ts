import { describe, expect, it } from 'vitest';
import { explainLine, renderStatementHtml, totalsOf, type Statement, type StatementLine } from './index.js';

// The defects patients saw on their statements, pinned so they do not come back.
const base: StatementLine = {
  accountId: 'A1',
  accountRef: 'ENC-1',
  serviceDate: '2026-09-14',
  facility: 'Riverbend Community Hospital',
  serviceDescription: 'Hospital services',
  payerName: null,
  chargesCents: 27074,
  insurancePaidCents: -0,
  contractualAdjustmentCents: 7851,
  insurancePendingCents: 0,
  patientShare: { deductibleCents: 0, coinsuranceCents: 0, copayCents: 0, otherCents: 19223 },
  patientPaymentsCents: 0,
  discountsCents: 0,
  youOweCents: 19223,
};

function statement(language: 'en' | 'es', line: StatementLine = base): Statement {
  return {
    tenantName: 'Riverbend Community Hospital',
    statementDate: '2026-11-23',
    dueOn: '2026-12-23',
    language,
    guarantor: { name: 'Isabel Flores', addressLines: [] },
    lines: [line],
    totals: totalsOf([line]),
    contact: { portalUrl: 'http://localhost:3000/pay', phone: '1-800-555-0142', hours: language === 'es' ? 'lunes a viernes, 8 a. m. a 6 p. m.' : 'Monday to Friday, 8 a.m. to 6 p.m.' },
    verifyCode: 'ABC123',
  };
}

describe('statement wording', () => {
  it('says "For this visit, you owe" once, and names the share after insurance', () => {
    const sentences = explainLine(base, 'en', true).sentences;
    expect(sentences.filter((s) => s.startsWith('For this visit, you owe'))).toHaveLength(1);
    expect(sentences).toContain('$192.23 is your share of the cost after insurance.');
    expect(explainLine(base, 'es', true).sentences.filter((s) => s.startsWith('Por esta visita, usted debe'))).toHaveLength(1);
  });

  it('never prints "-$0.00" in the insurance columns', () => {
    const html = renderStatementHtml(statement('en'));
    expect(html).not.toContain('-$0.00');
    expect(html).toContain('<td>$0.00</td>');
  });

  it('writes the Spanish statement in Spanish: the service and the office hours', () => {
    const html = renderStatementHtml(statement('es'));
    expect(html).not.toContain('Hospital services');
    expect(html).toContain('Servicios del hospital');
    expect(html).not.toContain('Monday to Friday');
  });

  it('explains a bill that financial assistance brought to $0', () => {
    const assisted: StatementLine = { ...base, patientShare: { ...base.patientShare }, assistanceCents: 19223, youOweCents: 0 };
    const en = explainLine(assisted, 'en', true).sentences;
    expect(en).toContain('Financial assistance took off $192.23. You do not owe this part.');
    expect(en.at(-1)).toBe('For this visit, you owe $0.00.');
    expect(explainLine(assisted, 'es', true).sentences).toContain('La asistencia financiera le descontó $192.23. Usted no debe esta parte.');
    // Nothing to pay, so no date to pay by.
    expect(renderStatementHtml(statement('en', assisted))).not.toContain('Please pay by');
    expect(renderStatementHtml(statement('en'))).toContain('Please pay by');
  });
});
