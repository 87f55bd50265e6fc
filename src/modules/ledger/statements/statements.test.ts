import { describe, expect, it } from 'vitest';
import { explainLine, fleschKincaidGrade, renderStatementHtml, renderStatementPdf, totalsOf, type Statement, type StatementLine } from './index.js';

const line: StatementLine = {
  accountId: 'A1',
  accountRef: 'ENC-1',
  serviceDate: '2026-09-14',
  facility: 'Riverbend Community Hospital',
  serviceDescription: 'MRI of the knee',
  payerName: 'Blue Valley Health Plan',
  chargesCents: 240000,
  insurancePaidCents: 120000,
  contractualAdjustmentCents: 80000,
  insurancePendingCents: 0,
  patientShare: { deductibleCents: 25000, coinsuranceCents: 10000, copayCents: 5000, otherCents: 0 },
  patientPaymentsCents: 0,
  discountsCents: 0,
  youOweCents: 40000,
};

function statement(language: 'en' | 'es'): Statement {
  return {
    tenantName: 'Riverbend Community Hospital',
    statementDate: '2026-11-23',
    dueOn: '2026-12-23',
    language,
    guarantor: { name: 'Maria Lopez', addressLines: ['12 Oak St', 'Columbus, OH, 43215'] },
    lines: [line],
    totals: totalsOf([line]),
    contact: { portalUrl: 'http://localhost:3000/pay/x', phone: '1-800-555-0142', hours: 'Monday to Friday' },
    verifyCode: 'ABC123',
  };
}

describe('a plain-language statement', () => {
  it('explains every amount: what it cost, what insurance paid, what was taken off, and why the rest is yours', () => {
    const e = explainLine(line, 'en', true);
    expect(e.sentences.join(' ')).toContain('The care cost $2,400.00.');
    expect(e.sentences.join(' ')).toContain('Blue Valley Health Plan paid $1,200.00.');
    expect(e.sentences.join(' ')).toContain('$800.00 was taken off');
    expect(e.sentences.join(' ')).toContain('$250.00 is your deductible');
    expect(e.sentences.at(-1)).toBe('For this visit, you owe $400.00.');
  });

  it('reads at or below an 8th grade level in English', () => {
    const s = statement('en');
    const text = [explainLine(line, 'en', false).sentences.join(' ')].join(' ');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
    expect(renderStatementHtml(s)).toContain('Your choices');
  });

  it('is written in Spanish for Spanish speakers', () => {
    const html = renderStatementHtml(statement('es'));
    expect(html).toContain('lang="es"');
    expect(html).toContain('Su factura, explicada');
    expect(html).toContain('es su deducible');
    expect(html).not.toContain('You owe');
  });

  it('keeps clinical detail out of anything that is not the verified portal', () => {
    expect(renderStatementHtml(statement('en'), { verified: true })).toContain('MRI of the knee');
    expect(renderStatementHtml(statement('en'), { verified: false })).not.toContain('MRI');
  });

  it('prints as a real PDF letter without clinical detail', async () => {
    const pdf = await renderStatementPdf(statement('en'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1500);
    // The letter is built from the unverified wording (pdfkit compresses text, so check the source).
    expect(explainLine(line, 'en', false).heading).toContain('Hospital care');
    expect(explainLine(line, 'en', false).heading).not.toContain('MRI');
  });

  it('sums totals exactly in cents', () => {
    expect(totalsOf([line, { ...line, youOweCents: 1 }]).youOweCents).toBe(40001);
  });
});
