import { boundedMemo } from '../../../platform/memo/index.js';
import type { IsoDate, IsoDateTime } from '../types.js';

/** True when y-m-d is a real calendar date (no 2023-02-29). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function ymd(y: number, m: number, d: number): IsoDate | null {
  if (y < 1000 || y > 9999 || !isCalendarDate(y, m, d)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** X12 `CCYYMMDD` -> ISO date, or null when it is not one. */
export function parseX12Date(text: string): IsoDate | null {
  if (text.length !== 8) return null;
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    v = v * 10 + c;
  }
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (y < 1000 || !isCalendarDate(y, m, d)) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

const ISO_DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Spreadsheet dates -> ISO date: `2024-03-05` (a time after it is ignored: the calendar date as
 * written is what a statement shows) or US `3/5/2024`, `03/05/2024`. Two-digit years are refused
 * (ambiguous century).
 */
export function parseCsvDate(text: string): IsoDate | null {
  const s = text.trim();
  let m = ISO_DATE_PREFIX.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US_DATE.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

// Patterns of the FHIR R4 `date` and `dateTime` primitive types (from the HL7 R4 JSON schema, CC0).
export const FHIR_DATE =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/;
export const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/** A FHIR date/dateTime split into its calendar date (when complete) and its instant (when timed). */
export interface FhirMoment {
  date: IsoDate | null;
  instant: IsoDateTime | null;
}

/**
 * Parses a FHIR `date` or `dateTime`; returns null when the text does not match the type or is not a
 * real calendar date. Partial dates (`2019`, `2019-05`) give `{ date: null, instant: null }`.
 */
export function parseFhirMoment(text: string): FhirMoment | null {
  return cachedMoment(text);
}

// The same timestamps repeat many times in a bundle (encounter, claim, EOB and their items).
const cachedMoment = boundedMemo(4096, (text: string) => parseFhirMomentUncached(text));

function parseFhirMomentUncached(text: string): FhirMoment | null {
  if (!FHIR_DATE_TIME.test(text)) return null;
  if (text.length < 10) return { date: null, instant: null };
  const date = ymd(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  if (date === null) return null;
  if (text.length === 10) return { date, instant: null };
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return { date, instant: new Date(ms).toISOString() };
}

/** True for a valid FHIR `date` (possibly partial) that is a real calendar date when complete. */
export function isFhirDate(text: string): boolean {
  if (!FHIR_DATE.test(text)) return false;
  if (text.length < 10) return true;
  return ymd(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) !== null;
}
