import PDFDocument from 'pdfkit';
import type { Statement } from './statement.js';
import { explainLine, formatDate, money, optionsOf, statementText } from './wording.js';

/**
 * The statement as a printable letter (US Letter, large type). Mail may reach someone else, so
 * no clinical detail is printed (HIPAA minimum necessary): visits read "Hospital care".
 */
export async function renderStatementPdf(statement: Statement): Promise<Buffer> {
  const L = statement.language;
  const t = statementText(L);
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `${statement.tenantName} — ${t.title}`, Author: statement.tenantName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.fontSize(16).font('Helvetica-Bold').text(statement.tenantName);
  doc.moveDown(0.3).fontSize(10).font('Helvetica').text(formatDate(statement.statementDate, L));
  doc.moveDown(0.8);
  doc.fontSize(11).text(statement.guarantor.name);
  for (const l of statement.guarantor.addressLines) doc.text(l);
  doc.moveDown(1);
  doc.fontSize(18).font('Helvetica-Bold').text(t.title);
  doc.moveDown(0.5).fontSize(12).font('Helvetica').text(t.hello(statement.guarantor.name));
  doc.text(t.intro);
  doc.moveDown(0.5).fontSize(16).font('Helvetica-Bold').text(`${t.youOwe}: ${money(statement.totals.youOweCents, L)}`);
  doc.fontSize(12).font('Helvetica');
  if (statement.totals.youOweCents > 0) doc.text(t.dueBy(formatDate(statement.dueOn, L)));
  for (const line of statement.lines) {
    const e = explainLine(line, L, false);
    doc.moveDown(0.8).font('Helvetica-Bold').text(e.heading);
    doc.font('Helvetica');
    for (const s of e.sentences) doc.text(`•  ${s}`, { indent: 10 });
  }
  doc.moveDown(0.8).font('Helvetica-Bold').text(t.optionsTitle);
  doc.font('Helvetica');
  for (const o of optionsOf(statement)) doc.text(`•  ${o}`, { indent: 10 });
  doc.moveDown(0.8).text(t.contact(statement.contact.phone, statement.contact.hours));
  doc.text(statement.contact.portalUrl);
  doc.moveDown(0.5).fontSize(10).text(t.verify(statement.verifyCode));
  doc.end();
  return done;
}
