import { z } from 'zod';
import { Household, PRESUMPTIVE_KINDS } from './fap-policy.schema.js';

export type ParsedHousehold = z.output<typeof Household>;

/**
 * A household as `Household.parse` returns it. The common well-formed shape is read by hand (a
 * screening is asked per assistance decision of the strategy simulator, and zod was most of its
 * cost); anything else, and every invalid household with its error, goes through the schema.
 * A property test compares the two on generated households.
 */
export function readHousehold(raw: unknown): ParsedHousehold {
  return fastHousehold(raw) ?? Household.parse(raw);
}

const HOUSEHOLD_KEYS: ReadonlySet<string> = new Set(['size', 'annualIncomeCents', 'state', 'assetsCents', 'presumptive']);
const KINDS: ReadonlySet<string> = new Set(PRESUMPTIVE_KINDS);
const STATE = /^[A-Za-z]{2}$/;
const DATE = z.regexes.date;

/** The hand-read household, or null when the schema should decide. */
export function fastHousehold(raw: unknown): ParsedHousehold | null {
  if (!isPlain(raw)) return null;
  const r = raw as Record<string, unknown>;
  // A key holding undefined is as good as absent (the schema drops or defaults it).
  for (const k in r) if (!HOUSEHOLD_KEYS.has(k) && r[k] !== undefined) return null;
  const { size, annualIncomeCents, state, assetsCents, presumptive } = r;
  if (size !== undefined && !(Number.isSafeInteger(size) && (size as number) >= 1 && (size as number) <= 50)) return null;
  if (annualIncomeCents !== undefined && !isCents(annualIncomeCents)) return null;
  if (state !== undefined && !(typeof state === 'string' && STATE.test(state))) return null;
  if (assetsCents !== undefined && !isCents(assetsCents)) return null;
  const signals: ParsedHousehold['presumptive'] = [];
  if (presumptive !== undefined) {
    if (!Array.isArray(presumptive)) return null;
    for (const s of presumptive as unknown[]) {
      if (!isPlain(s)) return null;
      const sig = s as Record<string, unknown>;
      for (const k in sig) if (k !== 'kind' && k !== 'on' && sig[k] !== undefined) return null;
      if (typeof sig.kind !== 'string' || !KINDS.has(sig.kind)) return null;
      if (sig.on !== undefined && !(typeof sig.on === 'string' && DATE.test(sig.on))) return null;
      signals.push(sig.on === undefined ? { kind: sig.kind as (typeof PRESUMPTIVE_KINDS)[number] } : { kind: sig.kind as (typeof PRESUMPTIVE_KINDS)[number], on: sig.on });
    }
  }
  const out: ParsedHousehold = { presumptive: signals };
  if (size !== undefined) out.size = size as number;
  if (annualIncomeCents !== undefined) out.annualIncomeCents = annualIncomeCents;
  if (state !== undefined) out.state = state;
  if (assetsCents !== undefined) out.assetsCents = assetsCents;
  return out;
}

function isPlain(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

function isCents(x: unknown): x is number {
  return Number.isSafeInteger(x) && (x as number) >= 0;
}
