import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { InstitutionQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { ResponsiveTable, useIsPhone } from '../../../shared/ui/responsive-table';

type Duty = NonNullable<InstitutionQuery['institution']>['duties'][number];

/** The duties of section 三 that apply to one institution: one row per responsible unit. */
export function InstitutionDuties({ duties }: { duties: Duty[] }) {
  const t = useT();
  const labels = useLabels();
  const phone = useIsPhone();
  if (duties.length === 0) return <Typography color="text.secondary">{t('institution.noDuties')}</Typography>;
  if (phone) {
    // On a phone: one card per duty and unit (the table's grouped rows need the width).
    return (
      <ResponsiveTable
        rows={duties.flatMap((duty) =>
          duty.responsibilities.map((responsibility) => ({ duty, responsibility })),
        )}
        rowKey={({ duty, responsibility }) => `${duty.duty}-${responsibility.unit}`}
        rowProps={() => ({ 'data-testid': 'institution-duty' })}
        label={t('institution.duties')}
        columns={[
          {
            key: 'duty',
            header: t('institution.column.duty'),
            card: 'title',
            render: ({ duty }) => labels.duty(duty.duty),
          },
          {
            key: 'unit',
            header: t('institution.column.unit'),
            render: ({ responsibility }) => labels.unit(responsibility.unit),
          },
          {
            key: 'rule',
            header: t('institution.column.rule'),
            render: ({ responsibility }) => <code>{responsibility.ruleId}</code>,
          },
          {
            key: 'clause',
            header: t('institution.column.clause'),
            render: ({ responsibility }) => responsibility.clause,
          },
        ]}
      />
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('institution.duties')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('institution.column.duty')}</TableCell>
            <TableCell>{t('institution.column.unit')}</TableCell>
            <TableCell>{t('institution.column.rule')}</TableCell>
            <TableCell>{t('institution.column.clause')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {duties.flatMap((duty) =>
            duty.responsibilities.map((responsibility, index) => (
              <TableRow key={`${duty.duty}-${responsibility.unit}`} data-testid="institution-duty">
                {index === 0 ? (
                  <TableCell component="th" scope="row" rowSpan={duty.responsibilities.length}>
                    {labels.duty(duty.duty)}
                  </TableCell>
                ) : null}
                <TableCell>{labels.unit(responsibility.unit)}</TableCell>
                <TableCell>
                  <code>{responsibility.ruleId}</code>
                </TableCell>
                <TableCell>{responsibility.clause}</TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
