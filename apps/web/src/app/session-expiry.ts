// What to do when any GraphQL operation answers UNAUTHENTICATED. The app sets it (it owns the router);
// the Apollo client, loaded later with the first page that needs it, calls it. A module of its own so
// that the entry does not import Apollo Client (first paint, issue 14).
let handler: () => void = () => undefined;

export function setUnauthenticatedHandler(next: () => void): void {
  handler = next;
}

export function onUnauthenticated(): void {
  handler();
}
