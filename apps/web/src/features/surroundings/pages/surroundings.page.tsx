import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import { paths, type SurroundingsQuery } from '../../../app/paths';
import type {
  InstitutionKind,
  RiskSubjectFilter,
  RiskSubjectType,
  SupervisingSection,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ExportButton } from '../../../shared/ui/export-button';
import { PageHeader } from '../../../shared/ui/page-header';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { useViewer } from '../../auth/hooks/use-viewer';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { InstitutionFilterFields } from '../../staff/components/institution-filter-fields';
import { RecordRiskSubjectDialog } from '../components/record-risk-subject-dialog';
import { RiskSubjectList } from '../components/risk-subject-list';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { RiskSubjectsQuery } from '../surroundings.graphql';

const PAGE_SIZE = 20;
const TYPES: readonly RiskSubjectType[] = ['RISK_SITE', 'RISK_PERSON'];
const IS_OPEN: Record<string, boolean> = { OPEN: true, CLOSED: false };

/**
 * The list's filter from its URL parameters (`institution`, `type`, `state`, and the dashboard's
 * `section`, `institutionKind`, `street`); unknown values are ignored.
 */
export function filterFromParams(params: URLSearchParams): RiskSubjectFilter {
  const type = TYPES.find((value) => value === params.get('type')) ?? null;
  const section = params.get('section') as SupervisingSection | null;
  const institutionKind = params.get('institutionKind') as InstitutionKind | null;
  const street = params.get('street')?.trim().slice(0, 40);
  return {
    institutionId: params.get('institution') || null,
    subjectType: type,
    isOpen: IS_OPEN[params.get('state') ?? ''] ?? null,
    section: section && (SUPERVISING_SECTIONS as readonly string[]).includes(section) ? section : null,
    institutionKind:
      institutionKind && (INSTITUTION_KINDS as readonly string[]).includes(institutionKind)
        ? institutionKind
        : null,
    street: street || null,
  };
}

/** The filter back as the list's URL parameters (for its export). */
export function surroundingsQuery(filter: RiskSubjectFilter): SurroundingsQuery {
  return {
    institution: filter.institutionId ?? undefined,
    type: filter.subjectType ?? undefined,
    state: filter.isOpen === true ? 'OPEN' : filter.isOpen === false ? 'CLOSED' : undefined,
    section: filter.section ?? undefined,
    institutionKind: filter.institutionKind ?? undefined,
    street: filter.street ?? undefined,
  };
}

/** PRV-3: risks around the campus the viewer reads, with "登记" when the server allows it. */
export function SurroundingsPage() {
  const t = useT();
  const labels = useRiskLabels();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const pages = useCursorPages(params.toString());
  const [isRecording, setRecording] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(RiskSubjectsQuery, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.riskSubjects;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <PageHeader
        title={t('surroundings.title')}
        subtitle={t('surroundings.subtitle')}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            {connection?.viewerCanRecord ? (
              <Button
                variant="contained"
                size="large"
                onClick={() => setRecording(true)}
                data-testid="record-risk"
              >
                {t('surroundings.record')}
              </Button>
            ) : null}
            <ExportButton
              url={paths.surroundingsExport(surroundingsQuery(filter))}
              fallbackName="周边风险台账.xlsx"
              label={t('surroundings.export')}
              hint={t('surroundings.exportHint')}
              testId="surroundings-export"
            />
          </Box>
        }
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label={t('surroundings.filter.type')}
          value={filter.subjectType ?? ''}
          onChange={(e) => setParam('type', e.target.value || null)}
          sx={{ minWidth: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'filter-type' } }}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {TYPES.map((value) => (
            <MenuItem key={value} value={value}>
              {labels.subjectType(value)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('surroundings.filter.state')}
          value={params.get('state') && filter.isOpen !== null ? (params.get('state') ?? '') : ''}
          onChange={(e) => setParam('state', e.target.value || null)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="OPEN">{t('surroundings.filter.open')}</MenuItem>
          <MenuItem value="CLOSED">{t('surroundings.filter.closed')}</MenuItem>
        </TextField>
        {viewer.institution ? null : (
          <InstitutionPicker
            value={filter.institutionId ?? null}
            onChange={(id) => setParam('institution', id)}
          />
        )}
      </Stack>
      {viewer.institution ? null : (
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
          role="group"
          aria-label={t('common.filters')}
        >
          <InstitutionFilterFields
            key={filter.street ?? ''}
            // The institution has its own picker above.
            filter={{ ...filter, institutionId: null }}
            onChange={setParam}
            chipTestId="surroundings-institution-filter"
          />
        </Box>
      )}
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        empty={<EmptyState title={t('surroundings.empty')} body={t('surroundings.subtitle')} />}
        summary={(c) => t('surroundings.count', { count: c.totalCount })}
      >
        {(subjects) => <RiskSubjectList subjects={subjects} />}
      </PagedConnection>
      {isRecording ? (
        <RecordRiskSubjectDialog
          open
          onClose={() => setRecording(false)}
          fixedInstitution={
            viewer.institution ? { id: viewer.institution.id, name: viewer.institution.name } : null
          }
        />
      ) : null}
    </>
  );
}
