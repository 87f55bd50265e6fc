/**
 * Contact questions with instants as epoch milliseconds, for a caller in the same process (outreach
 * asks one before every send, and formatting each history instant as text for the engine to parse
 * back cost more than reading it). A question that carries `INSTANTS_AS_MS: true` (a symbol key,
 * so no JSON text can carry it) gives every instant of the contract (`at`, history `at`, consent
 * `givenAt` and `until`, revocation `receivedAt`, hold `since` and `resolvedAt`) as an integer
 * number of milliseconds since 1970-01-01T00:00:00Z, in years 0000-9999. It is decided exactly as
 * the same question with those instants as ISO text; anything the fast path does not take (a
 * malformed item, a number out of range) is turned into that text question first, so errors are
 * the contract's.
 */
export const INSTANTS_AS_MS: unique symbol = Symbol('compliance.instantsAsMs');

/** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the years an ISO instant of the contract can name. */
const FROM_MS = -62_167_219_200_000;
const TO_MS = 253_402_300_800_000;

/** An instant a question marked INSTANTS_AS_MS may carry. */
export function isMsInstant(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= FROM_MS && v < TO_MS;
}

export function hasMsInstants(q: unknown): boolean {
  return typeof q === 'object' && q !== null && (q as { [INSTANTS_AS_MS]?: unknown })[INSTANTS_AS_MS] === true;
}

type Obj = Record<string, unknown>;

function text(v: unknown): unknown {
  return isMsInstant(v) ? new Date(v).toISOString() : v;
}

function textFields(list: unknown, fields: readonly string[]): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const out: Obj = { ...(item as Obj) };
    for (const f of fields) if (f in out) out[f] = text(out[f]);
    return out;
  });
}

/** The same question with its instants as ISO text and without the mark (the contract's form). */
export function withTextInstants(q: object): Obj {
  const out: Obj = {};
  for (const k of Object.keys(q)) out[k] = (q as Obj)[k];
  if ('at' in out) out.at = text(out.at);
  if ('history' in out) out.history = textFields(out.history, ['at']);
  if ('consents' in out) out.consents = textFields(out.consents, ['givenAt', 'until']);
  if ('revocations' in out) out.revocations = textFields(out.revocations, ['receivedAt']);
  if ('holds' in out) out.holds = textFields(out.holds, ['since', 'resolvedAt']);
  return out;
}
