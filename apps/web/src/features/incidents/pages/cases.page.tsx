import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { ExportButton } from '../../../shared/ui/export-button';
import { PageHeader } from '../../../shared/ui/page-header';
import { CaseListFilters } from '../components/case-list-filters';
import { CasesTable } from '../components/cases-table';
import {
  caseExportUrl,
  caseQueryFromSearch,
  caseQueryKey,
  isCaseQueryFiltered,
  toCasesVariables,
  type CaseListQuery,
} from '../hooks/case-filter';
import { UnreportedCaseForm } from '../forms/unreported-case-form';
import { canRecordExternalSource, caseListLabels } from '../hooks/incident-access';
import { useNow } from '../hooks/use-now';
import { CasesQuery } from '../incidents.graphql';

const PAGE_SIZE = 20;
// Deadlines and breaches are the server's; refetching keeps states fresh while the clock ticks locally.
const REFRESH_MS = 30_000;

/**
 * Cases the viewer may see; for the safety office (安稳办) the district-wide inbox (REP-8). Filters, order
 * and the Excel export follow the URL's link parameters (issue 10, contract 2), so a dashboard figure's
 * link lands on the same list.
 */
export function CasesPage() {
  const t = useT();
  const viewer = useViewer();
  const listLabels = caseListLabels(viewer);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const query = caseQueryFromSearch(search);
  const variables = toCasesVariables(query);
  const pages = useCursorPages(caseQueryKey(query));
  const now = useNow();
  const { data, previousData, loading, error, refetch } = useQuery(CasesQuery, {
    variables: { filter: variables.filter, orderBy: variables.orderBy, first: PAGE_SIZE, after: pages.after },
    pollInterval: REFRESH_MS,
  });
  const connection = (data ?? previousData)?.cases;
  const setQuery = (next: CaseListQuery) => void navigate(paths.cases(next), { replace: true });
  const isFiltered = isCaseQueryFiltered(query);
  const countText = (page: { totalCount: number; isTotalCountCapped: boolean }) =>
    t(page.isTotalCountCapped ? 'incidents.list.totalCapped' : 'incidents.list.total', {
      count: page.totalCount,
    });
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
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: { xs: 2, sm: 0 } }}
      >
        <CaseListFilters query={query} onChange={setQuery} showsInstitutionFilters={!viewer.institution} />
        {viewer.canExportCases ? (
          <ExportButton
            url={caseExportUrl(query)}
            fallbackName="cases.xlsx"
            label={t('caseList.export')}
            hint={t('caseList.exportHint')}
            testId="cases-export"
          />
        ) : null}
      </Stack>
      {variables.ok ? null : (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={<Button onClick={() => setQuery({})}>{t('caseList.filter.clear')}</Button>}
        >
          {t('caseList.invalidLink', { param: variables.param })}
        </Alert>
      )}
      {connection ? (
        <Typography
          variant="subtitle1"
          component="p"
          sx={{ mb: 1 }}
          aria-live="polite"
          data-testid="cases-count"
        >
          {countText(connection)}
        </Typography>
      ) : null}
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        canKeepRowsOnError
        summary={countText}
        empty={
          isFiltered ? (
            <EmptyState
              title={t('caseList.empty.filteredTitle')}
              body={t('caseList.empty.filteredBody')}
              action={
                <Button variant="outlined" onClick={() => setQuery(query.sort ? { sort: query.sort } : {})}>
                  {t('caseList.filter.clear')}
                </Button>
              }
            />
          ) : (
            <EmptyState title={t('incidents.list.empty.title')} body={t('incidents.list.empty.body')} />
          )
        }
      >
        {(cases) => <CasesTable cases={cases} now={now} />}
      </PagedConnection>
    </>
  );
}
