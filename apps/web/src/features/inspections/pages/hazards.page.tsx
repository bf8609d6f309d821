import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { HazardsQuery as HazardsData } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ExportButton } from '../../../shared/ui/export-button';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { InstitutionFilterFields } from '../../staff/components/institution-filter-fields';
import { HazardStatusChip } from '../components/hazard-status-chip';
import { HAZARD_STATUS_CHIPS, hazardListQuery, parseHazardFilter } from '../hooks/hazard-filter';
import { HazardsQuery } from '../inspections.graphql';

const PAGE = 20;
type Row = HazardsData['hazards']['items'][number];

/**
 * PRV-1: the hazards the viewer reads, filtered by status chips and, for readers of many institutions,
 * the dashboard's section, institution kind and street; cards below 600 px.
 */
export function HazardsPage() {
  const { t, language } = useI18n();
  const isPhone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseHazardFilter(params), [params]);
  const status = filter.statuses?.join(',') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const { data, loading, error, refetch } = useQuery(HazardsQuery, {
    variables: { filter, first: PAGE, offset: page * PAGE },
  });
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const setStatus = (value: string) => update('status', value || null);
  const setPage = (value: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(value));
    setParams(next);
  };
  const itemText = (row: Row) => (language === 'en' ? row.item.textEn : row.item.textZh);

  return (
    <>
      <PageHeader
        title={t('hazards.title')}
        subtitle={t('hazards.subtitle')}
        actions={
          <ExportButton
            url={paths.hazardsExport(hazardListQuery(filter))}
            fallbackName="隐患整改台账.xlsx"
            label={t('hazards.export')}
            testId="hazards-export"
          />
        }
      />
      {viewer.institution ? null : (
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
          role="group"
          aria-label={t('common.filters')}
        >
          <InstitutionFilterFields
            key={filter.street ?? ''}
            filter={filter}
            onChange={update}
            chipTestId="hazards-institution-filter"
          />
        </Box>
      )}
      <Stack
        direction="row"
        spacing={1}
        sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}
        aria-label={t('hazards.filter.status')}
      >
        <Chip
          label={t('hazards.filter.all')}
          color={status ? 'default' : 'primary'}
          onClick={() => setStatus('')}
        />
        {HAZARD_STATUS_CHIPS.map((s) => (
          <Chip
            key={s}
            label={t(`hazards.status.${s}`)}
            color={status === s ? 'primary' : 'default'}
            onClick={() => setStatus(s)}
            data-testid={`filter-${s}`}
          />
        ))}
      </Stack>
      {loading && !data ? (
        <LoadingState />
      ) : error || !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.hazards.items.length === 0 ? (
        <EmptyState title={t('hazards.empty')} body={t('hazards.subtitle')} />
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('hazards.total', { count: data.hazards.totalCount })}
          </Typography>
          {isPhone ? (
            <Stack spacing={1.5} data-testid="hazard-cards">
              {data.hazards.items.map((row) => (
                <Card key={row.id} variant="outlined">
                  <CardActionArea component={RouterLink} to={paths.hazard(row.id)}>
                    <CardContent>
                      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, mb: 1 }}>
                        <Typography variant="subtitle2">{row.institutionName}</Typography>
                        <HazardStatusChip status={row.status} />
                      </Box>
                      <Typography variant="body1">{row.description}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {itemText(row)}
                      </Typography>
                      {row.photos[0] ? (
                        <Box
                          component="img"
                          src={row.photos[0].thumbnailUrl}
                          alt={t('inspections.checklist.photos')}
                          loading="lazy"
                          data-testid="hazard-card-photo"
                          sx={{
                            width: 72,
                            height: 72,
                            objectFit: 'cover',
                            borderRadius: 1,
                            mt: 1,
                            display: 'block',
                          }}
                        />
                      ) : null}
                      <Typography variant="body2" sx={{ mt: 1 }}>
                        {row.ownerName ?? '—'} · {row.dueAt ? formatDateTimeShort(row.dueAt) : '—'}
                      </Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              ))}
            </Stack>
          ) : (
            <Paper variant="outlined">
              <Table aria-label={t('hazards.title')} data-testid="hazard-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('hazards.col.institution')}</TableCell>
                    <TableCell>{t('hazards.col.description')}</TableCell>
                    <TableCell>{t('hazards.col.owner')}</TableCell>
                    <TableCell>{t('hazards.col.dueAt')}</TableCell>
                    <TableCell>{t('hazards.col.status')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.hazards.items.map((row) => (
                    <TableRow key={row.id}>
                      <TableCell>{row.institutionName}</TableCell>
                      <TableCell>
                        <Link component={RouterLink} to={paths.hazard(row.id)}>
                          {row.description}
                        </Link>
                        <Typography variant="body2" color="text.secondary">
                          {itemText(row)}
                        </Typography>
                      </TableCell>
                      <TableCell>{row.ownerName ?? '—'}</TableCell>
                      <TableCell>{row.dueAt ? formatDateTimeShort(row.dueAt) : '—'}</TableCell>
                      <TableCell>
                        <HazardStatusChip status={row.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )}
          <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 2 }}>
            <Button size="large" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('hazards.prev')}
            </Button>
            <Button
              size="large"
              disabled={(page + 1) * PAGE >= data.hazards.totalCount}
              onClick={() => setPage(page + 1)}
            >
              {t('hazards.next')}
            </Button>
          </Box>
        </>
      )}
    </>
  );
}
