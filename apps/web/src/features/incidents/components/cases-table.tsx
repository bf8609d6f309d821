import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { prefetchRoute } from '../../../app/route-prefetch';
import type { CaseSummaryFieldsFragment } from '../../../gql/graphql';
import { useT, type Translate } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/ui/responsive-table';
import { describeDeadline, isPoliceReportLate, TONE_COLOR } from '../hooks/deadline-text';
import { useIncidentLabels } from '../hooks/use-incident-labels';

function policeDeadline(row: CaseSummaryFieldsFragment, now: number, t: Translate) {
  return describeDeadline(
    {
      dueAt: row.reporting.policeReportDueAt,
      metAt: row.policeReport?.reportedAt,
      isMetLate: isPoliceReportLate(row),
      closedAt: row.closedAt,
      applies: row.reporting.isPoliceReportRequired,
    },
    now,
    t,
  );
}

/**
 * Cases as rows (as cards on a phone, the countdown and the breaches first); the child never appears
 * here, whoever looks (REP-7).
 */
export function CasesTable({ cases, now }: { cases: CaseSummaryFieldsFragment[]; now: number }) {
  const t = useT();
  const labels = useIncidentLabels();

  const columns: ResponsiveColumn<CaseSummaryFieldsFragment>[] = [
    {
      key: 'recordedAt',
      header: t('incidents.list.column.recordedAt'),
      cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
      cardOrder: 2,
      render: (row) => (
        <Link
          component={RouterLink}
          to={paths.case(row.id)}
          data-testid="case-row-link"
          onMouseEnter={() => prefetchRoute(paths.case(row.id))}
          onFocus={() => prefetchRoute(paths.case(row.id))}
        >
          <time dateTime={row.recordedAt}>{formatDateTimeShort(row.recordedAt)}</time>
        </Link>
      ),
    },
    {
      key: 'institution',
      header: t('incidents.list.column.institution'),
      card: 'title',
      render: (row) => row.institutionName,
    },
    {
      key: 'category',
      header: t('incidents.list.column.category'),
      cardOrder: 3,
      render: (row) => (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <span>{labels.category(row.category)}</span>
          {row.isConfidential ? <Chip size="small" label={t('incidents.case.confidential')} /> : null}
          {row.isChildInDanger ? (
            <Chip size="small" color="error" label={t('incidents.list.inDanger')} />
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'child',
      header: t('incidents.list.column.child'),
      cellProps: () => ({ 'data-testid': 'case-row-child' }),
      cardOrder: 5,
      render: () => (
        <Typography variant="body2" color="text.secondary">
          {t('incidents.list.childHidden')}
        </Typography>
      ),
    },
    {
      key: 'state',
      header: t('incidents.list.column.state'),
      cardOrder: 4,
      render: (row) => (
        <>
          {labels.state(row.state)}
          <Typography variant="caption" component="p" color="text.secondary">
            {labels.status(row.reporting.status)}
          </Typography>
        </>
      ),
    },
    {
      key: 'timeLeft',
      header: t('incidents.list.column.timeLeft'),
      cardOrder: 0,
      cellProps: (row) => {
        const police = policeDeadline(row, now, t);
        return {
          role: 'timer',
          'data-testid': 'case-row-time-left',
          'data-standing': police.standing,
          sx: { color: TONE_COLOR[police.tone], whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
        };
      },
      render: (row) => policeDeadline(row, now, t).text,
    },
    {
      key: 'breaches',
      header: t('incidents.list.column.breaches'),
      cardOrder: 1,
      cellProps: () => ({ 'data-testid': 'case-row-breaches' }),
      render: (row) =>
        row.breaches.length === 0 ? (
          t('incidents.list.noBreach')
        ) : (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {row.breaches.map((breach) => (
              <Chip
                key={`${breach.code}-${breach.hop}`}
                size="small"
                color="error"
                label={labels.recordedBreach(breach)}
              />
            ))}
          </Stack>
        ),
    },
  ];

  return (
    <ResponsiveTable
      rows={cases}
      columns={columns}
      rowKey={(row) => row.id}
      rowProps={(row) => ({ 'data-testid': 'case-row', 'data-case-id': row.id })}
      label={t('incidents.list.tableLabel')}
      testId="cases-table"
    />
  );
}
