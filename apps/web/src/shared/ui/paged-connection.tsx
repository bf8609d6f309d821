import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import type { CursorPages } from '../hooks/use-cursor-pages';
import { LoadingState } from './loading-state';
import { Pager } from './pager';
import { QueryError } from './query-error';

interface Connection {
  edges: readonly { node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type NodeOf<C extends Connection> = C['edges'][number]['node'];

/**
 * The states every cursor-paged list goes through: a bar while shown rows refresh, the error with a
 * retry (above the rows it keeps, so a failed refresh is never silent), the first load, the empty
 * state, or the rows with a pager.
 */
export function PagedConnection<C extends Connection>({
  connection,
  loading,
  error,
  onRetry,
  pages,
  empty,
  summary,
  canKeepRowsOnError = false,
  children,
}: {
  connection: C | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  pages: CursorPages;
  empty: ReactNode;
  summary?: (connection: C) => string;
  /** Rows already shown stay on screen, under the error, when a refresh fails. */
  canKeepRowsOnError?: boolean;
  children: (nodes: NodeOf<C>[]) => ReactNode;
}) {
  const t = useT();
  const keepsRows = canKeepRowsOnError && Boolean(connection);
  return (
    <>
      {loading && connection ? <LinearProgress aria-label={t('common.loading')} sx={{ mb: 1 }} /> : null}
      {error && keepsRows ? (
        <Box sx={{ mb: 1 }}>
          <QueryError error={error} onRetry={onRetry} />
        </Box>
      ) : null}
      {error && !keepsRows ? (
        <QueryError error={error} onRetry={onRetry} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
        empty
      ) : (
        <>
          {children(connection.edges.map((edge) => edge.node))}
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(connection.pageInfo.endCursor)}
            summary={summary?.(connection)}
          />
        </>
      )}
    </>
  );
}
