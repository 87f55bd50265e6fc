/**
 * The JSON a value becomes on the wire: dates are ISO strings, functions and undefined fields go.
 * Response schemas (contracts/) describe this shape, so a route's result is checked against them.
 */
export type Jsonify<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<T[K]> }
          : T;

/** A use case's result as plain JSON (dates become ISO strings), ready for a response schema. */
export function toJson<T>(value: T): Jsonify<T> {
  return JSON.parse(JSON.stringify(value)) as Jsonify<T>;
}
