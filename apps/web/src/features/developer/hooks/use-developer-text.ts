import { useEffect, useState } from 'react';

export type DeveloperText = { type: 'LOADING' } | { type: 'DONE'; text: string } | { type: 'FAILED' };

/**
 * One text of the developer page (the schema's SDL, the changelog) from the API, which decides who may
 * read it (developerAccess): fetched when the page opens, so none of it is in any bundle.
 */
export function useDeveloperText(url: string): DeveloperText {
  const [state, setState] = useState<DeveloperText>({ type: 'LOADING' });
  useEffect(() => {
    let isCurrent = true;
    setState({ type: 'LOADING' });
    fetch(url, { credentials: 'same-origin' })
      .then(async (response) => (response.ok ? { type: 'DONE' as const, text: await response.text() } : null))
      .catch(() => null)
      .then((outcome) => {
        if (isCurrent) setState(outcome ?? { type: 'FAILED' });
      });
    return () => {
      isCurrent = false;
    };
  }, [url]);
  return state;
}
