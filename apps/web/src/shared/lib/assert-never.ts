/** Makes a `switch` exhaustive: a new union member fails the type check here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
