import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { prefetchRoute } from '../../../app/route-prefetch';
import type { InstitutionsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';

type InstitutionRow = InstitutionsQuery['institutions']['edges'][number]['node'];

/** The institutions as a table, as cards on a phone (the name never squeezed one character a line). */
export function InstitutionsTable({ institutions }: { institutions: InstitutionRow[] }) {
  const t = useT();
  const labels = useLabels();
  return (
    <ResponsiveTable
      rows={institutions}
      rowKey={(institution) => institution.id}
      rowProps={(institution) => ({
        'data-testid': 'institution-row',
        'data-institution-id': institution.id,
      })}
      label={t('institutions.tableLabel')}
      testId="institutions-table"
      hover
      columns={[
        {
          key: 'name',
          header: t('institutions.column.name'),
          rowHeader: true,
          card: 'title',
          render: (institution) => (
            <Link
              component={RouterLink}
              to={paths.institution(institution.id)}
              onMouseEnter={() => prefetchRoute(paths.institution(institution.id))}
              onFocus={() => prefetchRoute(paths.institution(institution.id))}
            >
              {institution.name}
            </Link>
          ),
        },
        { key: 'kind', header: t('institutions.column.kind'), render: (i) => labels.kind(i.kind) },
        {
          key: 'section',
          header: t('institutions.column.section'),
          render: (i) => labels.unit(i.supervisingSection),
        },
        {
          key: 'head',
          header: t('institutions.column.head'),
          render: (i) => i.headName ?? t('common.notSet'),
        },
        { key: 'address', header: t('institutions.column.address'), render: (i) => i.address },
      ]}
    />
  );
}
