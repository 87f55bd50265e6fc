import { addBusinessDays, formatDay, holidaySet } from './time/business-days.js';
import { parseDateDay } from './time/instant.js';

export interface ValidationPeriod {
  /** The first day of the validation period (the day the validation information was provided). */
  startsOn: string;
  /** The receipt date the collector may assume: 5 business days after providing it. */
  assumedReceiptOn: string;
  /** The last day of the validation period: 30 days after (assumed) receipt. */
  endsOn: string;
}

/**
 * Regulation F's validation period (12 CFR 1006.34(b)(5)): from the day the validation
 * information is provided until 30 days after the consumer receives it, receipt being assumable
 * on any date at least five days (excluding legal public holidays, Saturdays and Sundays) after
 * it was provided. When the actual receipt date is known and later, it extends the period; an
 * earlier actual receipt never shortens it (the collector may always rely on the assumption).
 */
export function validationPeriod(opts: {
  providedOn: string;
  receivedOn?: string;
  holidays?: readonly string[];
}): ValidationPeriod {
  const provided = parseDateDay(opts.providedOn);
  if (Number.isNaN(provided)) throw new RangeError(`providedOn is not a YYYY-MM-DD date: ${opts.providedOn}`);
  let receipt = addBusinessDays(provided, 5, holidaySet(opts.holidays));
  if (opts.receivedOn !== undefined) {
    const actual = parseDateDay(opts.receivedOn);
    if (Number.isNaN(actual)) throw new RangeError(`receivedOn is not a YYYY-MM-DD date: ${opts.receivedOn}`);
    receipt = Math.max(receipt, actual);
  }
  return { startsOn: formatDay(provided), assumedReceiptOn: formatDay(receipt), endsOn: formatDay(receipt + 30) };
}
