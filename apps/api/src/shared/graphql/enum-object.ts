/** A `{ A: 'A', ... }` object from a list of string literals, the shape registerEnumType needs. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
