import { formatCents } from '../../../platform/money/index.js';
import type { Language, Statement, StatementLine } from './statement.js';
import { formatLocalDate } from '../../../platform/time/index.js';

/**
 * Plain-language wording, written for a 6th-8th grade reading level: short sentences, everyday
 * words, the amount first. Spanish is written natively, not machine-translated.
 */
const TEXT = {
  en: {
    title: 'Your bill, explained',
    hello: (name: string) => `Hello ${name},`,
    intro: 'Here is what you owe and why. We are here to help if any of it is hard to pay.',
    youOwe: 'You owe',
    dueBy: (d: string) => `Please pay by ${d}.`,
    visitOn: (date: string, place: string) => `Your visit on ${date} at ${place}`,
    care: 'Hospital care',
    whatItCost: (a: string) => `The care cost ${a}.`,
    insurerPaid: (payer: string, a: string) => `${payer} paid ${a}.`,
    yourInsurance: 'Your insurance',
    adjustment: (a: string) => `${a} was taken off because of our agreement with your insurance. You do not owe this part.`,
    pending: (a: string) => `We are still waiting for your insurance to decide on ${a}. We will not bill you for it until they do.`,
    deductible: (a: string) => `${a} is your deductible. That is the amount you pay each year before your insurance starts to pay.`,
    coinsurance: (a: string) => `${a} is your coinsurance. That is your share of the cost after the deductible.`,
    copay: (a: string) => `${a} is your copay. That is a set amount for this kind of visit.`,
    selfPay: (a: string) => `We have no insurance on file for this visit, so ${a} is yours to pay. If you have insurance, tell us and we will bill them.`,
    paid: (a: string) => `You already paid ${a}. Thank you.`,
    discount: (a: string) => `We took off ${a} as a discount.`,
    lineOwe: (a: string) => `For this visit, you owe ${a}.`,
    yourShare: (a: string) => `${a} is your share of the cost after insurance.`,
    assistance: (a: string) => `Financial assistance took off ${a}. You do not owe this part.`,
    optionsTitle: 'Your choices',
    optPay: 'Pay in full online, by phone or by mail.',
    optPlan: 'Pay over time with a plan that fits your budget. There is no interest.',
    optHelp: 'Ask for financial help. You may pay less, or nothing, based on your income.',
    optQuestions: 'Questions, or think something is wrong? Call us. We will look into it and hold your bill while we do.',
    eobTitle: 'What your insurance told us',
    eobCols: ['Visit', 'Cost', 'Insurance paid', 'Taken off', 'Waiting on insurance', 'Your share'],
    contact: (phone: string, hours: string) => `Call ${phone} (${hours}).`,
    verify: (code: string) => `To check this bill is real, go to our website and enter code ${code}.`,
    totals: 'Totals',
  },
  es: {
    title: 'Su factura, explicada',
    hello: (name: string) => `Hola ${name}:`,
    intro: 'Aquí le explicamos cuánto debe y por qué. Si le cuesta pagar, estamos para ayudarle.',
    youOwe: 'Usted debe',
    dueBy: (d: string) => `Por favor pague antes del ${d}.`,
    visitOn: (date: string, place: string) => `Su visita del ${date} en ${place}`,
    care: 'Atención en el hospital',
    whatItCost: (a: string) => `La atención costó ${a}.`,
    insurerPaid: (payer: string, a: string) => `${payer} pagó ${a}.`,
    yourInsurance: 'Su seguro',
    adjustment: (a: string) => `Se descontaron ${a} por nuestro acuerdo con su seguro. Usted no debe esta parte.`,
    pending: (a: string) => `Todavía esperamos que su seguro decida sobre ${a}. No le cobraremos esto hasta que decidan.`,
    deductible: (a: string) => `${a} es su deducible. Es lo que usted paga cada año antes de que su seguro empiece a pagar.`,
    coinsurance: (a: string) => `${a} es su coseguro. Es su parte del costo después del deducible.`,
    copay: (a: string) => `${a} es su copago. Es una cantidad fija para este tipo de visita.`,
    selfPay: (a: string) => `No tenemos seguro registrado para esta visita, así que ${a} le corresponde a usted. Si tiene seguro, díganos y le cobraremos a ellos.`,
    paid: (a: string) => `Usted ya pagó ${a}. Gracias.`,
    discount: (a: string) => `Le descontamos ${a}.`,
    lineOwe: (a: string) => `Por esta visita, usted debe ${a}.`,
    yourShare: (a: string) => `${a} es su parte del costo después del seguro.`,
    assistance: (a: string) => `La asistencia financiera le descontó ${a}. Usted no debe esta parte.`,
    optionsTitle: 'Sus opciones',
    optPay: 'Pague todo en línea, por teléfono o por correo.',
    optPlan: 'Pague poco a poco con un plan que se ajuste a su presupuesto. Sin intereses.',
    optHelp: 'Pida ayuda financiera. Según sus ingresos, podría pagar menos o nada.',
    optQuestions: '¿Tiene preguntas o cree que hay un error? Llámenos. Lo revisaremos y pausaremos su factura mientras tanto.',
    eobTitle: 'Lo que nos dijo su seguro',
    eobCols: ['Visita', 'Costo', 'Pagó el seguro', 'Descontado', 'En espera del seguro', 'Su parte'],
    contact: (phone: string, hours: string) => `Llame al ${phone} (${hours}).`,
    verify: (code: string) => `Para confirmar que esta factura es real, entre a nuestro sitio web y escriba el código ${code}.`,
    totals: 'Totales',
  },
} as const;

export type StatementText = (typeof TEXT)['en'];

export function statementText(language: Language): StatementText {
  return TEXT[language] as StatementText;
}

export function formatDate(iso: string, language: Language): string {
  return formatLocalDate(iso, language === 'es' ? 'es-US' : 'en-US');
}

export function money(cents: number, language: Language): string {
  // A sum of nothing negated is -0, which would print as "-$0.00".
  return formatCents(cents === 0 ? 0 : cents, language === 'es' ? 'es-US' : 'en-US');
}

/** Generic service descriptions our own data uses, in Spanish (anything else is shown as recorded). */
const DESCRIPTIONS_ES: Record<string, string> = {
  'Hospital services': 'Servicios del hospital',
  'Emergency services': 'Servicios de emergencia',
  'Outpatient services': 'Servicios ambulatorios',
};

function describe(description: string, language: Language): string {
  return language === 'es' ? (DESCRIPTIONS_ES[description] ?? description) : description;
}

/**
 * The sentences that explain one visit. `verified` decides whether the clinical description may
 * appear (only in the verified portal; letters and unverified channels say "Hospital care").
 */
export function explainLine(line: StatementLine, language: Language, verified: boolean): { heading: string; sentences: string[] } {
  const t = statementText(language);
  const m = (c: number) => money(c, language);
  const place = line.facility ?? '';
  const heading = `${line.serviceDate ? t.visitOn(formatDate(line.serviceDate, language), place) : place}${verified && line.serviceDescription ? ` — ${describe(line.serviceDescription, language)}` : ` — ${t.care}`}`;
  const s: string[] = [t.whatItCost(m(line.chargesCents))];
  if (line.insurancePaidCents > 0) s.push(t.insurerPaid(line.payerName ?? t.yourInsurance, m(line.insurancePaidCents)));
  if (line.contractualAdjustmentCents > 0) s.push(t.adjustment(m(line.contractualAdjustmentCents)));
  if (line.insurancePendingCents > 0) s.push(t.pending(m(line.insurancePendingCents)));
  const share = line.patientShare;
  if (share.deductibleCents > 0) s.push(t.deductible(m(share.deductibleCents)));
  if (share.coinsuranceCents > 0) s.push(t.coinsurance(m(share.coinsuranceCents)));
  if (share.copayCents > 0) s.push(t.copay(m(share.copayCents)));
  if (share.otherCents > 0) s.push(line.insurancePaidCents === 0 && line.contractualAdjustmentCents === 0 ? t.selfPay(m(share.otherCents)) : t.yourShare(m(share.otherCents)));
  if (line.discountsCents > 0) s.push(t.discount(m(line.discountsCents)));
  if ((line.assistanceCents ?? 0) > 0) s.push(t.assistance(m(line.assistanceCents!)));
  if (line.patientPaymentsCents > 0) s.push(t.paid(m(line.patientPaymentsCents)));
  s.push(t.lineOwe(m(line.youOweCents)));
  return { heading, sentences: s };
}

export function optionsOf(statement: Statement): string[] {
  const t = statementText(statement.language);
  return [t.optPay, t.optPlan, t.optHelp, t.optQuestions];
}
