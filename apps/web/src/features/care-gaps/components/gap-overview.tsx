import { useQuery } from '@apollo/client/react';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { QueryError } from '../../../shared/ui/query-error';
import { PreventionGapOverviewQuery } from '../care-gaps.graphql';

/** ACC-1: every institution the viewer counts, most gaps first, counts by kind only; each opens its gaps. */
export function GapOverview() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(PreventionGapOverviewQuery, {
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <LoadingState />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const rows = data?.preventionGapOverview ?? [];
  if (rows.length === 0)
    return <EmptyState title={t('careGaps.overview.empty.title')} body={t('careGaps.overview.empty.body')} />;
  return (
    <Stack spacing={1} data-testid="prevention-gap-overview">
      <Typography variant="body2" color="text.secondary">
        {t('careGaps.overview.lead')}
      </Typography>
      {rows.map((row) => (
        <Paper
          key={row.institutionId}
          variant="outlined"
          sx={{ p: 2 }}
          data-testid="prevention-gap-institution"
        >
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
            <Link
              component={RouterLink}
              to={paths.preventionGaps(row.institutionId)}
              sx={{ fontWeight: 600 }}
            >
              {row.institutionName}
            </Link>
            <Typography>{t('careGaps.total', { count: row.total })}</Typography>
          </Stack>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
            {row.counts.map((c) => (
              <Chip key={c.code} size="small" label={`${t(`careGaps.code.${c.code}`)} ${c.count}`} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
