import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import type { CareRecordsSection } from '../../../app/paths';
import type { CareRecordsFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { CareRecordsQuery } from '../care-records.graphql';
import { BullyingSection } from '../components/bullying-section';
import { CounsellingSection } from '../components/counselling-section';
import { CoursesSection } from '../components/courses-section';
import { LegalSection } from '../components/legal-section';
import { TeachingPlanSection } from '../components/teaching-plan-section';

const SECTIONS: readonly CareRecordsSection[] = [
  'legal',
  'courses',
  'teaching-plan',
  'counselling',
  'bullying',
];
const VIEWS: Record<CareRecordsSection, (props: { records: CareRecordsFieldsFragment }) => React.ReactNode> =
  {
    legal: LegalSection,
    courses: CoursesSection,
    'teaching-plan': TeachingPlanSection,
    counselling: CounsellingSection,
    bullying: BullyingSection,
  };

const asSection = (value: string | null): CareRecordsSection => SECTIONS.find((s) => s === value) ?? 'legal';

/** PRV-5 to PRV-7, PRV-10: an institution's care records, one section at a time (`?section=`). */
export function CareRecordsPage() {
  const t = useT();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  // A head reads her own institution; readers of several choose one (kept in the link).
  const institutionId = params.get('institution') ?? viewer.institution?.id ?? null;
  const section = asSection(params.get('section'));
  const { data, loading, error, refetch } = useQuery(CareRecordsQuery, {
    variables: { institutionId: institutionId ?? '' },
    skip: !institutionId,
  });
  const records = data?.careRecords ?? null;
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const View = VIEWS[section];
  return (
    <Container maxWidth="md" sx={{ py: 3 }} id="main">
      <PageHeader title={t('careRecords.title')} subtitle={t('careRecords.subtitle')} />
      {viewer.institution ? null : (
        <Box sx={{ mb: 2 }}>
          <InstitutionPicker value={institutionId} onChange={(id) => setParam('institution', id)} />
        </Box>
      )}
      {!institutionId ? (
        <Typography color="text.secondary">{t('careRecords.pickInstitution')}</Typography>
      ) : loading && !data ? (
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : records ? (
        <>
          {viewer.institution ? null : (
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {records.institutionName}
            </Typography>
          )}
          <Tabs
            value={section}
            onChange={(_, value: CareRecordsSection) => setParam('section', value)}
            variant="scrollable"
            allowScrollButtonsMobile
            aria-label={t('careRecords.title')}
            sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
          >
            {SECTIONS.map((s) => (
              <Tab key={s} value={s} label={t(`careRecords.section.${s}`)} data-testid={`care-tab-${s}`} />
            ))}
          </Tabs>
          <Box
            role="tabpanel"
            aria-label={t(`careRecords.section.${section}`)}
            data-testid={`care-section-${section}`}
          >
            <View records={records} />
          </Box>
        </>
      ) : (
        <Alert severity="warning" data-testid="care-records-not-found">
          {t('careRecords.notFound')}
        </Alert>
      )}
    </Container>
  );
}
