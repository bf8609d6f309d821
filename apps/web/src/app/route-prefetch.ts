import { matchRoutes, type RouteObject } from 'react-router';

// Hovering or focusing a link starts loading its page's chunk, so the click finds it in the module cache.
// The router registers its route table here (the layout must not import the router: that would be a cycle).

let registered: RouteObject[] = [];

export function registerPrefetchRoutes(routes: RouteObject[]): void {
  registered = routes;
}

/** Starts loading the lazy chunks of the page at `to`; a failure is left for the real navigation to show. */
export function prefetchRoute(to: string): void {
  const pathname = to.split(/[?#]/)[0] ?? to;
  for (const match of matchRoutes(registered, pathname) ?? []) {
    const lazy = match.route.lazy;
    if (typeof lazy === 'function') void Promise.resolve(lazy()).catch(() => undefined);
  }
}
