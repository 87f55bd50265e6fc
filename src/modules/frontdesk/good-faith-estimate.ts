import PDFDocument from 'pdfkit';
import type { PatientEstimate } from './estimate-visit.js';
import { formatCents } from '../../platform/money/index.js';
import { formatLocalDate } from '../../platform/time/index.js';

export interface GoodFaithEstimate {
  language: 'en' | 'es';
  provider: { name: string; npi: string; taxId: string | null; address: string | null; phone: string };
  patient: { name: string; birthDate: string | null };
  issuedOn: string;
  scheduledFor: string | null;
  /** The primary service in plain words (the reason for the estimate). */
  primaryService: string;
  estimate: PatientEstimate;
}

const usd = (c: number, l: 'en' | 'es') => formatCents(c, l === 'es' ? 'es-US' : 'en-US');
const day = (iso: string, l: 'en' | 'es') => formatLocalDate(iso, l === 'es' ? 'es-US' : 'en-US');

/** Wording of the No Surprises Act Good Faith Estimate for uninsured and self-pay patients (45 CFR 149.610), in plain language. */
export const GFE_TEXT = {
  en: {
    title: 'Good Faith Estimate',
    intro: 'You have the right to receive a Good Faith Estimate explaining how much your medical care will cost. Under the law, health care providers must give patients who do not have insurance, or who are not using insurance, an estimate of the bill for medical items and services.',
    patient: 'Patient',
    born: 'Date of birth',
    provider: 'Provider',
    issued: 'Date of this estimate',
    scheduled: 'Scheduled for',
    notScheduled: 'Not scheduled yet',
    service: 'Reason for the estimate',
    items: 'Items and services expected',
    code: 'Code',
    qty: 'Qty',
    amount: 'Expected charge',
    total: 'Total estimated charges',
    rights: [
      'This Good Faith Estimate shows the costs of items and services that are reasonably expected for your health care needs. It is based on information known at the time the estimate was created.',
      'It does not include unknown or unexpected costs that may arise during treatment. You could be charged more if complications or special circumstances occur. If this happens, federal law allows you to dispute (appeal) the bill.',
      'If you are billed for more than this Good Faith Estimate, you have the right to dispute the bill. You may contact the health care provider listed to let them know the billed charges are higher than the estimate. You can ask them to update the bill to match the estimate, ask to negotiate the bill, or ask if there is financial assistance available.',
      'You may also start a dispute resolution process with the U.S. Department of Health and Human Services (HHS). If you choose to use it and the billed amount is at least $400 more than this estimate, you must start the process within 120 calendar days (about 4 months) of the date on the original bill. There is a $25 fee to use the process.',
      'This estimate is not a contract and does not require you to get the items or services listed.',
      'Keep a copy or a picture of this Good Faith Estimate. For questions or more information about your right to a Good Faith Estimate, visit www.cms.gov/nosurprises or call 1-800-985-3059.',
    ],
    assistance: 'You may also qualify for financial assistance. Ask us: it never affects the care you receive.',
  },
  es: {
    title: 'Estimación de buena fe',
    intro: 'Usted tiene derecho a recibir una estimación de buena fe que explique cuánto costará su atención médica. Según la ley, los proveedores de atención médica deben dar a los pacientes que no tienen seguro, o que no usan su seguro, una estimación de la factura por artículos y servicios médicos.',
    patient: 'Paciente',
    born: 'Fecha de nacimiento',
    provider: 'Proveedor',
    issued: 'Fecha de esta estimación',
    scheduled: 'Programado para',
    notScheduled: 'Aún no programado',
    service: 'Motivo de la estimación',
    items: 'Artículos y servicios previstos',
    code: 'Código',
    qty: 'Cant.',
    amount: 'Cargo previsto',
    total: 'Total de cargos estimados',
    rights: [
      'Esta estimación de buena fe muestra los costos de los artículos y servicios que razonablemente se esperan para sus necesidades de atención médica. Se basa en la información conocida cuando se creó la estimación.',
      'No incluye costos desconocidos o inesperados que puedan surgir durante el tratamiento. Se le podría cobrar más si hay complicaciones o circunstancias especiales. Si esto sucede, la ley federal le permite disputar (apelar) la factura.',
      'Si se le factura más que esta estimación de buena fe, tiene derecho a disputar la factura. Puede comunicarse con el proveedor indicado para informarle que los cargos facturados son más altos que la estimación. Puede pedir que actualicen la factura para que coincida con la estimación, negociar la factura o preguntar si hay ayuda financiera disponible.',
      'También puede iniciar un proceso de resolución de disputas con el Departamento de Salud y Servicios Humanos de los EE. UU. (HHS). Si decide usarlo y el monto facturado es al menos $400 más que esta estimación, debe iniciar el proceso dentro de los 120 días calendario (unos 4 meses) a partir de la fecha de la factura original. El proceso cuesta $25.',
      'Esta estimación no es un contrato y no le obliga a recibir los artículos o servicios indicados.',
      'Guarde una copia o una foto de esta estimación de buena fe. Para preguntas o más información sobre su derecho a una estimación de buena fe, visite www.cms.gov/nosurprises o llame al 1-800-985-3059.',
    ],
    assistance: 'También podría calificar para ayuda financiera. Pregúntenos: nunca afecta la atención que recibe.',
  },
} as const;

/** The Good Faith Estimate as a printable PDF (US Letter). */
export async function renderGoodFaithEstimatePdf(g: GoodFaithEstimate): Promise<Buffer> {
  const L = g.language;
  const t = GFE_TEXT[L];
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: `${g.provider.name} — ${t.title}`, Author: g.provider.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).font('Helvetica-Bold').text(t.title);
  doc.moveDown(0.4).fontSize(11).font('Helvetica').text(t.intro);
  doc.moveDown(0.6);
  const row = (k: string, v: string) => doc.font('Helvetica-Bold').text(`${k}: `, { continued: true }).font('Helvetica').text(v);
  row(t.patient, g.patient.name);
  if (g.patient.birthDate) row(t.born, day(g.patient.birthDate, L));
  row(t.provider, [g.provider.name, `NPI ${g.provider.npi}`, g.provider.taxId ? `TIN ${g.provider.taxId}` : null, g.provider.address, g.provider.phone].filter(Boolean).join(' · '));
  row(t.issued, day(g.issuedOn, L));
  row(t.scheduled, g.scheduledFor ? day(g.scheduledFor, L) : t.notScheduled);
  row(t.service, g.primaryService);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(t.items);
  doc.fontSize(11);
  for (const l of g.estimate.lines) {
    doc.font('Helvetica').text(`${l.description[L]} — ${t.code} ${l.code}, ${t.qty} ${l.quantity}: ${usd(l.expectedCents, L)}`);
  }
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(13).text(`${t.total}: ${usd(g.estimate.expectedCents, L)}`);
  doc.moveDown(0.6).fontSize(10).font('Helvetica');
  for (const p of t.rights) doc.text(p).moveDown(0.3);
  doc.moveDown(0.3).font('Helvetica-Bold').text(t.assistance);
  doc.end();
  return done;
}

/**
 * When the estimate is due (45 CFR 149.610(b)(1)(v)): scheduled at least 3 business days ahead,
 * within 1 business day of scheduling; at least 10 business days ahead, within 3; on request,
 * within 3 business days. Weekends are skipped (holidays are the tenant's to add).
 */
export function goodFaithEstimateDueBy(requestedOn: string, scheduledFor: string | null): string | null {
  const addBusinessDays = (iso: string, n: number) => {
    const d = new Date(`${iso}T12:00:00Z`);
    let left = n;
    while (left > 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      const w = d.getUTCDay();
      if (w !== 0 && w !== 6) left--;
    }
    return d.toISOString().slice(0, 10);
  };
  if (scheduledFor === null) return addBusinessDays(requestedOn, 3);
  let business = 0;
  for (let d = requestedOn; d < scheduledFor; ) {
    d = addBusinessDays(d, 1);
    if (d <= scheduledFor) business++;
  }
  if (business >= 10) return addBusinessDays(requestedOn, 3);
  if (business >= 3) return addBusinessDays(requestedOn, 1);
  return null;
}
