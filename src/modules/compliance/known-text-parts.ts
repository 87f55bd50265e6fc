/**
 * Known parts of a message's text, for a caller in the same process (outreach renders every
 * message from a few templates, and the clinical-term check read each one's fixed wording anew).
 * A message_content question may carry, under this symbol key (so no JSON text can carry it),
 * `{ subject, body }`: for each, `[offset, part, offset, part, ...]` with offsets ascending into
 * that field's text and parts at least KNOWN_PART_MIN_LENGTH long, not overlapping. The engine
 * reads each distinct part once and only the text around the parts per message; the decision is
 * the same as without them, and a part that is not where it is said to be is ignored (the whole
 * text is read).
 */
export const KNOWN_TEXT_PARTS: unique symbol = Symbol('compliance.knownTextParts');

export interface KnownTextParts {
  subject: ReadonlyArray<number | string> | null;
  body: ReadonlyArray<number | string> | null;
}
