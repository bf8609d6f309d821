import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import FormControlLabel from '@mui/material/FormControlLabel';
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
import { useState } from 'react';
import type { DormEntryFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { formatDateTimeShort, startOfDayInstant, startOfNextDayInstant } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { DormEntriesQuery } from '../dorms.graphql';
import { DateInput } from '../../../shared/ui/date-fields';

const PAGE_SIZE = 20;
// The default night window of DistrictPolicy, for the subtitle only; each entry's isNight is the server's.
const NIGHT = { start: '22:00', end: '06:00' };

/** PRV-4: dorm entries and refused attempts; night entries highlighted; cards below 600 px. */
export function DormEntriesPage() {
  const t = useT();
  const viewer = useViewer();
  const isPhone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [refusedOnly, setRefusedOnly] = useState(false);
  const [nightOnly, setNightOnly] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = {
    institutionId,
    refusedOnly,
    nightOnly,
    from: from ? startOfDayInstant(from) : null,
    to: to ? startOfNextDayInstant(to) : null,
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, loading, error, refetch } = useQuery(DormEntriesQuery, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const list = data?.dormEntries;

  return (
    <Container maxWidth="lg" sx={{ py: 3 }} id="main">
      <PageHeader title={t('dorms.entries.title')} subtitle={t('dorms.entries.subtitle', NIGHT)} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        {viewer.institution ? null : <InstitutionPicker value={institutionId} onChange={setInstitutionId} />}
        <FormControlLabel
          control={<Switch checked={refusedOnly} onChange={(e) => setRefusedOnly(e.target.checked)} />}
          label={t('dorms.entries.refusedOnly')}
          data-testid="entries-refused-only"
        />
        <FormControlLabel
          control={<Switch checked={nightOnly} onChange={(e) => setNightOnly(e.target.checked)} />}
          label={t('dorms.entries.nightOnly')}
        />
        <DateInput
          kind="day"
          size="small"
          label={t('dorms.entries.from')}
          value={from}
          onChange={setFrom}
          fullWidth={false}
        />
        <DateInput
          kind="day"
          size="small"
          label={t('dorms.entries.to')}
          value={to}
          onChange={setTo}
          fullWidth={false}
        />
      </Box>
      {loading && !list ? (
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !list || list.items.length === 0 ? (
        <Typography color="text.secondary">{t('dorms.entries.empty')}</Typography>
      ) : (
        <>
          {isPhone ? <EntryCards entries={list.items} /> : <EntryTable entries={list.items} />}
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={list.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(list.pageInfo.endCursor)}
            summary={t('dorms.entries.total', { count: list.totalCount })}
          />
        </>
      )}
    </Container>
  );
}

function ResultChips({ entry }: { entry: DormEntryFieldsFragment }) {
  const t = useT();
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={entry.refusal ? 'error' : 'success'}
        label={
          entry.refusal
            ? `${t(`dorms.decision.${entry.decision}`)} · ${t(`dorms.refusal.${entry.refusal}`)}`
            : t(`dorms.decision.${entry.decision}`)
        }
      />
      {entry.isNight ? <Chip size="small" color="warning" label={t('dorms.door.night')} /> : null}
      {entry.isRegistrationRequired ? (
        <Chip size="small" variant="outlined" label={t('dorms.registered')} />
      ) : null}
    </Box>
  );
}

const exitText = (entry: DormEntryFieldsFragment, t: (key: MessageKey) => string) =>
  entry.exitedAt ? formatDateTimeShort(entry.exitedAt) : entry.refusal ? '—' : t('dorms.entries.notLeft');

// Night entries on a warm background, refused attempts with a red edge: seen at a glance.
const highlight = (entry: DormEntryFieldsFragment) => ({
  backgroundColor: entry.isNight ? 'rgba(237, 108, 2, 0.08)' : undefined,
  borderLeft: entry.refusal ? '4px solid' : undefined,
  borderLeftColor: entry.refusal ? 'error.main' : undefined,
});

function EntryTable({ entries }: { entries: readonly DormEntryFieldsFragment[] }) {
  const t = useT();
  return (
    <Table size="small" aria-label={t('dorms.entries.tableLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('dorms.entries.col.time')}</TableCell>
          <TableCell>{t('dorms.entries.col.institution')}</TableCell>
          <TableCell>{t('dorms.entries.col.person')}</TableCell>
          <TableCell>{t('dorms.entries.col.purpose')}</TableCell>
          <TableCell>{t('dorms.entries.col.result')}</TableCell>
          <TableCell>{t('dorms.entries.col.exit')}</TableCell>
          <TableCell>{t('dorms.entries.col.recordedBy')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} data-testid="dorm-entry" data-night={entry.isNight} sx={highlight(entry)}>
            <TableCell>{formatDateTimeShort(entry.enteredAt)}</TableCell>
            <TableCell>{entry.institutionName}</TableCell>
            <TableCell>
              {entry.staffName} · {t(`staff.role.${entry.staffRole}` as MessageKey)}
            </TableCell>
            <TableCell>
              {t(`dorms.purpose.${entry.purpose}`)}
              {entry.purposeNote ? ` · ${entry.purposeNote}` : ''}
            </TableCell>
            <TableCell>
              <ResultChips entry={entry} />
            </TableCell>
            <TableCell>{exitText(entry, t)}</TableCell>
            <TableCell>{entry.recordedByName}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function EntryCards({ entries }: { entries: readonly DormEntryFieldsFragment[] }) {
  const t = useT();
  return (
    <Stack spacing={1} aria-label={t('dorms.entries.tableLabel')}>
      {entries.map((entry) => (
        <Card
          key={entry.id}
          variant="outlined"
          data-testid="dorm-entry"
          data-night={entry.isNight}
          sx={highlight(entry)}
        >
          <CardContent>
            <Typography variant="subtitle1">
              {entry.staffName} · {t(`staff.role.${entry.staffRole}` as MessageKey)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatDateTimeShort(entry.enteredAt)} → {exitText(entry, t)}
            </Typography>
            <Typography variant="body2">
              {t(`dorms.purpose.${entry.purpose}`)}
              {entry.purposeNote ? ` · ${entry.purposeNote}` : ''}
            </Typography>
            <Box sx={{ mt: 1 }}>
              <ResultChips entry={entry} />
            </Box>
            <Typography variant="caption" color="text.secondary">
              {entry.institutionName} · {entry.recordedByName}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
