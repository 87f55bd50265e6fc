import PDFDocument from 'pdfkit';
import { sql } from 'drizzle-orm';
import { rows, type Database } from '../../platform/db/index.js';
import { decryptPersonFields } from '../people/index.js';
import { decryptMessageFields } from './message-fields.js';

/**
 * Renders one print batch as a PDF: a page per letter with the return address, the recipient's
 * mailing address, the date, the subject and the text exactly as recorded on the communication.
 */
export async function renderLetterBatchPdf(database: Database, opts: { tenantId: string; batchId: string }): Promise<Buffer | null> {
  const letters = await rows<{ id: string; subject: string | null; body: string | null; at: Date; given_name: string; family_name: string; address_line: string | null; city: string | null; state: string | null; postal_code: string | null; org: string; batch_date: string }>(
    database.db,
    sql`select c.id, c.subject, c.body, c.at, p.given_name, p.family_name, p.address_line, p.city, p.state, p.postal_code, t.name as org, b.batch_date
        from letter_batches b join communications c on c.letter_batch_id = b.id join persons p on p.id = c.person_id join tenants t on t.id = b.tenant_id
        where b.id = ${opts.batchId} and b.tenant_id = ${opts.tenantId} and c.status in ('sent', 'delivered')
        order by c.id`,
  );
  if (letters.length === 0) return null;
  // Addresses and messages are stored encrypted, so the mail sort by postal code happens here.
  for (const l of letters) decryptMessageFields(decryptPersonFields(l));
  letters.sort((a, b) => (a.postal_code === b.postal_code ? (a.id < b.id ? -1 : 1) : a.postal_code === null ? 1 : b.postal_code === null ? -1 : a.postal_code < b.postal_code ? -1 : 1));
  const doc = new PDFDocument({ size: 'LETTER', margin: 72, info: { Title: `Letters ${letters[0]!.batch_date}`, Author: letters[0]!.org } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  letters.forEach((l, i) => {
    if (i > 0) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).text(l.org);
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(`Letter ${l.id.slice(0, 8)} · ${l.batch_date}`);
    doc.moveDown(2).fillColor('#000').fontSize(11);
    doc.text(`${l.given_name} ${l.family_name}`);
    if (l.address_line) doc.text(l.address_line);
    doc.text([l.city, l.state, l.postal_code].filter(Boolean).join(', ').replace(/, (\d{5})$/, ' $1'));
    doc.moveDown(2);
    if (l.subject) doc.font('Helvetica-Bold').fontSize(12).text(l.subject).moveDown();
    doc.font('Helvetica').fontSize(11).text(l.body ?? '', { lineGap: 3 });
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
