/** A use case's result as plain JSON (dates become ISO strings), ready for a response schema. */
export function toJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}
