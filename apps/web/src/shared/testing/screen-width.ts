// jsdom has no matchMedia: answer every media query as a screen of `width` CSS pixels would
// (MUI's useMediaQuery asks `(max-width:599.95px)` and the like). `restoreScreenWidth` removes it.
export function mockScreenWidth(width: number): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => {
      const max = /max-width:\s*([\d.]+)px/.exec(query);
      const min = /min-width:\s*([\d.]+)px/.exec(query);
      const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
      return {
        matches,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      };
    },
  });
}

export function restoreScreenWidth(): void {
  delete (window as { matchMedia?: unknown }).matchMedia;
}
