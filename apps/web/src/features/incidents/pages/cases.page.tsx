import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
import { CasesTable } from '../components/cases-table';
import { caseFilterFromSearch, caseFilterKey, toCaseFilter, type CaseListFilter } from '../hooks/case-filter';
import { UnreportedCaseForm } from '../forms/unreported-case-form';
import { canRecordExternalSource, caseListLabels } from '../hooks/incident-access';
import { useNow } from '../hooks/use-now';
import { CasesQuery } from '../incidents.graphql';

const PAGE_SIZE = 20;
// Deadlines and breaches are the server's; refetching keeps states fresh while the clock ticks locally.
const REFRESH_MS = 30_000;

/** Cases the viewer may see; for the safety office (安稳办) the district-wide inbox (REP-8). */
export function CasesPage() {
  const t = useT();
  const viewer = useViewer();
  const listLabels = caseListLabels(viewer);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filter = caseFilterFromSearch(search);
  const pages = useCursorPages(caseFilterKey(filter));
  const now = useNow();
  const { data, previousData, loading, error, refetch } = useQuery(CasesQuery, {
    variables: { filter: toCaseFilter(filter), first: PAGE_SIZE, after: pages.after },
    pollInterval: REFRESH_MS,
  });
  const connection = (data ?? previousData)?.cases;
  const setFilter = (next: CaseListFilter) => void navigate(paths.cases(next), { replace: true });
  const [isRecordingUnreported, setRecordingUnreported] = useState(false);

  return (
    <>
      <PageHeader
        title={t(listLabels.title)}
        subtitle={t(listLabels.subtitle)}
        actions={
          canRecordExternalSource(viewer) ? (
            <Button
              variant="outlined"
              onClick={() => setRecordingUnreported(true)}
              data-testid="record-unreported-case"
            >
              {t('incidents.unreported.button')}
            </Button>
          ) : undefined
        }
      />
      <Dialog
        open={isRecordingUnreported}
        onClose={() => setRecordingUnreported(false)}
        aria-labelledby="unreported-case-title"
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id="unreported-case-title">{t('incidents.unreported.title')}</DialogTitle>
        <DialogContent>
          {isRecordingUnreported ? (
            <UnreportedCaseForm
              onCancel={() => setRecordingUnreported(false)}
              onRecorded={(caseId) => void navigate(paths.case(caseId))}
            />
          ) : null}
        </DialogContent>
      </Dialog>
      <Stack direction="row" spacing={3} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter.all ? 'all' : 'open'}
          aria-label={t('incidents.list.filter.state')}
          onChange={(_event, value: 'all' | 'open' | null) => {
            if (value) setFilter({ ...filter, all: value === 'all' });
          }}
        >
          <ToggleButton value="open" data-testid="cases-filter-open">
            {t('incidents.list.filter.open')}
          </ToggleButton>
          <ToggleButton value="all" data-testid="cases-filter-all">
            {t('incidents.list.filter.all')}
          </ToggleButton>
        </ToggleButtonGroup>
        <FormControlLabel
          control={
            <Switch
              checked={filter.breach}
              onChange={(event) => setFilter({ ...filter, breach: event.target.checked })}
            />
          }
          label={t('incidents.list.filter.breach')}
        />
      </Stack>
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        canKeepRowsOnError
        summary={(page) =>
          t(page.isTotalCountCapped ? 'incidents.list.totalCapped' : 'incidents.list.total', {
            count: page.totalCount,
          })
        }
        empty={<EmptyState title={t('incidents.list.empty.title')} body={t('incidents.list.empty.body')} />}
      >
        {(cases) => <CasesTable cases={cases} now={now} />}
      </PagedConnection>
    </>
  );
}
