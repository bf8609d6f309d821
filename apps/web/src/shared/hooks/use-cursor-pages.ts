import { useCallback, useState } from 'react';

/**
 * Previous/next paging over a cursor connection: keeps the `after` cursor of every page visited.
 * Pass a `resetKey` that changes with the filter so a new filter starts again at page 1.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];

  const goNext = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    [cursors, resetKey],
  );
  const goPrevious = useCallback(() => {
    if (cursors.length > 1) setState({ key: resetKey, cursors: cursors.slice(0, -1) });
  }, [cursors, resetKey]);

  return {
    after: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    hasPrevious: cursors.length > 1,
    goNext,
    goPrevious,
  };
}

/** What a paged list needs from `useCursorPages`. */
export type CursorPages = ReturnType<typeof useCursorPages>;
