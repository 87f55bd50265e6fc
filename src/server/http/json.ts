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

/**
 * A use case's result typed as the JSON it becomes, for a route's response schema. The value is
 * returned as it is: the route's compiled serializer (serializer.ts) writes dates as ISO strings
 * and leaves out undefined fields, exactly as a JSON copy would, without making the copy.
 */
export function toJson<T>(value: T): Jsonify<T> {
  return value as Jsonify<T>;
}
