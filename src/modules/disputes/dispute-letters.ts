import PDFDocument from 'pdfkit';
import { formatCents } from '../../platform/money/index.js';
import { formatDate, type Statement, type StatementLine } from '../ledger/index.js';

export type LetterLanguage = 'en' | 'es';
export type DisputeLetterKind = 'acknowledgement' | 'verification' | 'correction' | 'not_ours' | 'original_creditor';

/** What a dispute letter says: a heading, paragraphs, and (verification, correction) the itemization. */
export interface DisputeLetter {
  kind: DisputeLetterKind;
  language: LetterLanguage;
  tenantName: string;
  date: string;
  recipient: { name: string; addressLines: string[] };
  accountRef: string;
  subject: string;
  paragraphs: string[];
  /** 12 CFR 1006.34(c)(2)(vi)-(viii): the debt as of the itemization date and what changed since. */
  itemization: Array<{ label: string; amountCents: number }> | null;
  itemizationDate: string | null;
}

const money = (cents: number, l: LetterLanguage) => formatCents(cents, l === 'es' ? 'es-US' : 'en-US');

const TEXT = {
  en: {
    subject: {
      acknowledgement: 'We received your dispute',
      verification: 'Verification of your bill',
      correction: 'We corrected your bill',
      not_ours: 'This bill is not yours: we removed it',
      original_creditor: 'The original creditor of your bill',
    },
    hello: (n: string) => `Dear ${n},`,
    account: (r: string) => `Account ${r}`,
    ack: (d: string) => [
      `On ${d} we received your dispute about this bill. Thank you for telling us.`,
      'We have stopped collecting this bill while our billing office reviews it. You do not need to pay the part you dispute until we answer you.',
      'We will mail you our answer with the details of the bill. If you have papers that help (an insurance explanation of benefits, a receipt), you can send them through your secure link or by mail.',
    ],
    verified: (d: string) => [
      `You told us on ${d} that this bill may be wrong. Our billing office checked it against the hospital's records and your insurance's payments. This letter verifies the debt.`,
      'Here is how we got to the amount you owe:',
    ],
    corrected: (d: string) => [
      `You told us on ${d} that this bill was wrong. You were right: our billing office corrected it. This letter shows the corrected amount.`,
      'Here is the corrected bill:',
    ],
    notOurs: (d: string) => [
      `You told us on ${d} that this bill is not yours. We checked, and you are right. We removed it from your name, and we will not ask you to pay it.`,
      'We are sorry for the trouble.',
    ],
    originalCreditor: (d: string, name: string, address: string) => [
      `On ${d} you asked us for the name and address of the original creditor of this bill. Here they are:`,
      `${name}, ${address.replace(/\s*\n\s*/g, ', ')}`,
    ],
    itemizationDate: (d: string) => `As of ${d} (the date of your last statement before the dispute):`,
    rows: { charges: 'Charges', insurance: 'Paid by insurance', adjustments: 'Insurance adjustments', payments: 'Your payments', discounts: 'Discounts and assistance', pending: 'Still waiting for insurance', owe: 'What you owe now' },
    after: 'We will start sending reminders about this bill again. If you cannot pay it all, ask us about a payment plan or financial assistance: both are free.',
    questions: (p: string) => `Questions? Call us at ${p}.`,
  },
  es: {
    subject: {
      acknowledgement: 'Recibimos su disputa',
      verification: 'Verificación de su factura',
      correction: 'Corregimos su factura',
      not_ours: 'Esta factura no es suya: la quitamos',
      original_creditor: 'El acreedor original de su factura',
    },
    hello: (n: string) => `Estimado/a ${n}:`,
    account: (r: string) => `Cuenta ${r}`,
    ack: (d: string) => [
      `El ${d} recibimos su disputa sobre esta factura. Gracias por avisarnos.`,
      'Dejamos de cobrar esta factura mientras nuestra oficina de facturación la revisa. No tiene que pagar la parte que disputa hasta que le respondamos.',
      'Le enviaremos nuestra respuesta por correo con el detalle de la factura. Si tiene papeles que ayuden (una explicación de beneficios de su seguro, un recibo), puede enviarlos por su enlace seguro o por correo.',
    ],
    verified: (d: string) => [
      `El ${d} nos dijo que esta factura podría estar mal. Nuestra oficina de facturación la comparó con los registros del hospital y los pagos de su seguro. Esta carta verifica la deuda.`,
      'Así llegamos a la cantidad que usted debe:',
    ],
    corrected: (d: string) => [
      `El ${d} nos dijo que esta factura estaba mal. Usted tenía razón: nuestra oficina de facturación la corrigió. Esta carta muestra la cantidad corregida.`,
      'Esta es la factura corregida:',
    ],
    notOurs: (d: string) => [
      `El ${d} nos dijo que esta factura no es suya. La revisamos y usted tiene razón. La quitamos de su nombre y no le pediremos que la pague.`,
      'Lamentamos la molestia.',
    ],
    originalCreditor: (d: string, name: string, address: string) => [
      `El ${d} nos pidió el nombre y la dirección del acreedor original de esta factura. Son estos:`,
      `${name}, ${address.replace(/\s*\n\s*/g, ', ')}`,
    ],
    itemizationDate: (d: string) => `Al ${d} (la fecha de su último estado de cuenta antes de la disputa):`,
    rows: { charges: 'Cargos', insurance: 'Pagado por el seguro', adjustments: 'Ajustes del seguro', payments: 'Sus pagos', discounts: 'Descuentos y asistencia', pending: 'Todavía esperando al seguro', owe: 'Lo que debe ahora' },
    after: 'Volveremos a enviarle recordatorios sobre esta factura. Si no puede pagarla toda, pregúntenos por un plan de pagos o por asistencia financiera: ambos son gratuitos.',
    questions: (p: string) => `¿Preguntas? Llámenos al ${p}.`,
  },
} as const;

function itemize(line: StatementLine, l: LetterLanguage): Array<{ label: string; amountCents: number }> {
  const r = TEXT[l].rows;
  return [
    { label: r.charges, amountCents: line.chargesCents },
    { label: r.insurance, amountCents: -line.insurancePaidCents },
    { label: r.adjustments, amountCents: -line.contractualAdjustmentCents },
    ...(line.insurancePendingCents ? [{ label: r.pending, amountCents: -line.insurancePendingCents }] : []),
    { label: r.payments, amountCents: -line.patientPaymentsCents },
    { label: r.discounts, amountCents: -line.discountsCents },
    { label: r.owe, amountCents: line.youOweCents },
  ];
}

/**
 * The words of a dispute letter, from the statement the ledger builds (so the itemization is the
 * ledger's own sums). Mail may reach someone else: no clinical detail, only the account reference.
 */
export function disputeLetter(opts: {
  kind: DisputeLetterKind;
  language: LetterLanguage;
  statement: Statement;
  accountId: string;
  accountRef: string;
  receivedOn: string;
  date: string;
  itemizationDate: string | null;
  phone: string;
  /** original_creditor letters: whom to name. */
  originalCreditor?: { name: string; address: string };
}): DisputeLetter {
  const t = TEXT[opts.language];
  const received = formatDate(opts.receivedOn, opts.language);
  const line = opts.statement.lines.find((x) => x.accountId === opts.accountId) ?? null;
  let paragraphs: string[];
  let itemization: DisputeLetter['itemization'] = null;
  switch (opts.kind) {
    case 'acknowledgement':
      paragraphs = [...t.ack(received)];
      break;
    case 'verification':
    case 'correction':
      paragraphs = [...(opts.kind === 'verification' ? t.verified(received) : t.corrected(received))];
      itemization = line ? itemize(line, opts.language) : [{ label: t.rows.owe, amountCents: 0 }];
      break;
    case 'not_ours':
      paragraphs = [...t.notOurs(received)];
      break;
    case 'original_creditor':
      paragraphs = [...t.originalCreditor(received, opts.originalCreditor?.name.trim() ?? opts.statement.tenantName, opts.originalCreditor?.address.trim() ?? '')];
      break;
  }
  return {
    kind: opts.kind,
    language: opts.language,
    tenantName: opts.statement.tenantName,
    date: opts.date,
    recipient: opts.statement.guarantor,
    accountRef: opts.accountRef,
    subject: t.subject[opts.kind],
    paragraphs,
    itemization,
    itemizationDate: itemization ? opts.itemizationDate : null,
  };
}

/** The letter as plain text (what the communications log records as its body). */
export function disputeLetterText(letter: DisputeLetter, phone: string): string {
  const t = TEXT[letter.language];
  const out = [t.hello(letter.recipient.name), t.account(letter.accountRef), '', ...letter.paragraphs];
  if (letter.itemization) {
    if (letter.itemizationDate) out.push(t.itemizationDate(formatDate(letter.itemizationDate, letter.language)));
    for (const r of letter.itemization) out.push(`  ${r.label}: ${money(r.amountCents, letter.language)}`);
    out.push('', t.after);
  }
  out.push('', t.questions(phone));
  return out.join('\n');
}

/** The letter as a printable PDF (US Letter, large type). */
export async function renderDisputeLetterPdf(letter: DisputeLetter, phone: string): Promise<Buffer> {
  const t = TEXT[letter.language];
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `${letter.tenantName} — ${letter.subject}`, Author: letter.tenantName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).font('Helvetica-Bold').text(letter.tenantName);
  doc.moveDown(0.3).fontSize(10).font('Helvetica').text(formatDate(letter.date, letter.language));
  doc.moveDown(0.8).fontSize(11).text(letter.recipient.name);
  for (const l of letter.recipient.addressLines) doc.text(l);
  doc.moveDown(1).fontSize(18).font('Helvetica-Bold').text(letter.subject);
  doc.moveDown(0.3).fontSize(11).font('Helvetica').text(t.account(letter.accountRef));
  doc.moveDown(0.5).fontSize(12).text(t.hello(letter.recipient.name));
  for (const p of letter.paragraphs) doc.moveDown(0.4).text(p);
  if (letter.itemization) {
    if (letter.itemizationDate) doc.moveDown(0.6).font('Helvetica-Bold').text(t.itemizationDate(formatDate(letter.itemizationDate, letter.language)));
    doc.font('Helvetica');
    for (const r of letter.itemization) {
      const last = r === letter.itemization[letter.itemization.length - 1];
      doc.font(last ? 'Helvetica-Bold' : 'Helvetica').text(`${r.label}: ${money(r.amountCents, letter.language)}`, { indent: 10 });
    }
    doc.moveDown(0.6).font('Helvetica').text(t.after);
  }
  doc.moveDown(0.8).text(t.questions(phone));
  doc.end();
  return done;
}
