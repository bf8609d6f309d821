import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import { useMemo } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths, type PlacesOverviewQuery } from '../../../app/paths';
import type {
  InstitutionKind,
  PlaceRegisterFilter,
  PlaceRegistersQuery as PlaceRegistersData,
  SupervisingSection,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ExportButton } from '../../../shared/ui/export-button';
import { LoadingState } from '../../../shared/ui/loading-state';
import { QueryError } from '../../../shared/ui/query-error';
import { InstitutionFilterFields } from '../../staff/components/institution-filter-fields';
import { PlaceRegistersQuery } from '../places.graphql';

type Row = PlaceRegistersData['placeRegisters'][number];

/** ?section=&institutionKind=&street=&gaps=1 (paths.placesOverview) → the filter; unknown values ignored. */
export function parsePlacesOverview(params: URLSearchParams): PlaceRegisterFilter {
  const section = params.get('section') as SupervisingSection | null;
  const institutionKind = params.get('institutionKind') as InstitutionKind | null;
  const street = params.get('street')?.trim().slice(0, 40);
  return {
    section: section && (SUPERVISING_SECTIONS as readonly string[]).includes(section) ? section : null,
    institutionKind:
      institutionKind && (INSTITUTION_KINDS as readonly string[]).includes(institutionKind)
        ? institutionKind
        : null,
    street: street || null,
    onlyWithGaps: params.get('gaps') === '1',
  };
}

/** The filter back as URL parameters (for the export). */
export function placesOverviewQuery(filter: PlaceRegisterFilter): PlacesOverviewQuery {
  return {
    section: filter.section ?? undefined,
    institutionKind: filter.institutionKind ?? undefined,
    street: filter.street ?? undefined,
    gaps: filter.onlyWithGaps ? '1' : undefined,
  };
}

/**
 * PRV-2: the district overview for readers of many institutions: each register they read, with its
 * one-to-one rooms, the unmonitored ones and the blind-spot self-inspection; cards below 600 px, each
 * opening that institution's register.
 */
export function PlaceRegistersOverview() {
  const t = useT();
  const labels = useLabels();
  const isPhone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parsePlacesOverview(params), [params]);
  const { data, loading, error, refetch } = useQuery(PlaceRegistersQuery, { variables: { filter } });
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = data?.placeRegisters ?? [];
  const last = (row: Row) => row.lastBlindSpotSelfInspectionOn ?? t('places.overview.never');
  const flags = (row: Row) => (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {row.isBlindSpotSelfInspectionDue ? (
        <Chip size="small" color="warning" label={t('places.overview.due')} />
      ) : null}
      {row.gaps.includes('ONE_TO_ONE_CLASSROOM_UNMONITORED') ? (
        <Chip size="small" color="error" label={t('places.overview.unmonitoredGap')} />
      ) : null}
    </Box>
  );
  const kindAndStreet = (row: Row) =>
    `${labels.kind(row.institutionKind)}${row.street ? ` · ${row.street}` : ''}`;
  return (
    <Box data-testid="places-overview">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('places.overview.title')}
      </Typography>
      <Box
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
        role="group"
        aria-label={t('common.filters')}
      >
        <InstitutionFilterFields
          key={filter.street ?? ''}
          filter={filter}
          onChange={update}
          chipTestId="places-institution-filter"
        />
        <FormControlLabel
          label={t('places.overview.onlyWithGaps')}
          control={
            <Switch
              checked={filter.onlyWithGaps === true}
              onChange={(e) => update('gaps', e.target.checked ? '1' : null)}
            />
          }
        />
        <ExportButton
          url={paths.placesExport(placesOverviewQuery(filter))}
          fallbackName="重点部位监控台账.xlsx"
          label={t('places.overview.export')}
          testId="places-export"
        />
      </Box>
      {loading && !data ? (
        <LoadingState />
      ) : error || !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('places.overview.empty')} body={t('places.subtitle')} />
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('places.overview.count', { count: rows.length })}
          </Typography>
          {isPhone ? (
            <Stack spacing={1.5} data-testid="places-overview-cards">
              {rows.map((row) => (
                <Card key={row.institutionId} variant="outlined">
                  <CardActionArea component={RouterLink} to={paths.places(row.institutionId)}>
                    <CardContent>
                      <Typography variant="subtitle1">{row.institutionName}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {kindAndStreet(row)}
                      </Typography>
                      <Typography variant="body2" sx={{ mt: 1 }}>
                        {t('places.overview.summary', {
                          places: row.placeCount,
                          rooms: row.oneToOneRooms,
                          unmonitored: row.unmonitoredOneToOneRooms,
                        })}
                      </Typography>
                      <Typography variant="body2" sx={{ mb: 1 }}>
                        {t('places.overview.col.lastSelfInspection')}: {last(row)}
                      </Typography>
                      {flags(row)}
                    </CardContent>
                  </CardActionArea>
                </Card>
              ))}
            </Stack>
          ) : (
            <Paper variant="outlined">
              <Table size="small" aria-label={t('places.overview.title')} data-testid="places-overview-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('places.overview.col.institution')}</TableCell>
                    <TableCell align="right">{t('places.overview.col.places')}</TableCell>
                    <TableCell align="right">{t('places.overview.col.rooms')}</TableCell>
                    <TableCell align="right">{t('places.overview.col.unmonitored')}</TableCell>
                    <TableCell>{t('places.overview.col.lastSelfInspection')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.institutionId} data-testid="places-overview-row">
                      <TableCell>
                        <Link component={RouterLink} to={paths.places(row.institutionId)}>
                          {row.institutionName}
                        </Link>
                        <Typography variant="body2" color="text.secondary">
                          {kindAndStreet(row)}
                        </Typography>
                      </TableCell>
                      <TableCell align="right">{row.placeCount}</TableCell>
                      <TableCell align="right">{row.oneToOneRooms}</TableCell>
                      <TableCell align="right">{row.unmonitoredOneToOneRooms}</TableCell>
                      <TableCell>{last(row)}</TableCell>
                      <TableCell>{flags(row)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )}
        </>
      )}
    </Box>
  );
}
