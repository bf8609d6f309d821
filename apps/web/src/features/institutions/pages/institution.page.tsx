import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useCan } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { EmptyState } from '../../../shared/ui/empty-state';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { InstitutionDuties } from '../components/institution-duties';
import { OpeningApplicationToggle } from '../components/opening-application-toggle';
import { InstitutionQuery } from '../institutions.graphql';
import { RuleText } from '../../../shared/rules/rule-info';

export function InstitutionPage() {
  const t = useT();
  const canManageOpening = useCan('MANAGE_OPENING_APPLICATIONS');
  const labels = useLabels();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InstitutionQuery, { variables: { id } });

  const back = (
    <Button component={RouterLink} to={paths.institutions()} variant="outlined">
      {t('common.backToList')}
    </Button>
  );

  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;

  const institution = data?.institution;
  // Not found and out of scope get the same answer, so nobody learns what exists beyond their scope.
  if (!institution) {
    return (
      <EmptyState
        title={t('institution.notFound.title')}
        body={t('institution.notFound.body')}
        action={back}
      />
    );
  }

  // VET-4: an institution can apply to open when the server's responsibility matrix gives it new-institution
  // vetting (the same answer the API gives setOpeningApplication); the web keeps no list of kinds.
  const isOpeningKind = institution.duties.some(
    (duty) => duty.duty === 'NEW_INSTITUTION_STAFF_VETTING' && duty.responsibilities.length > 0,
  );
  return (
    <>
      <PageHeader title={institution.name} subtitle={labels.kind(institution.kind)} actions={back} />
      <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
        <FactList testId="institution-facts">
          <Fact label={t('institution.kind')}>{labels.kind(institution.kind)}</Fact>
          <Fact label={t('institution.address')}>{institution.address}</Fact>
          <Fact label={t('institution.head')}>{institution.headName ?? t('common.notSet')}</Fact>
          <Fact label={t('institution.section')}>
            {labels.unit(institution.supervisingSection)}
            {institution.supervisingSectionIsDistrictDefault ? (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {t('institution.sectionDistrictDefault')} ORG-1
              </Typography>
            ) : null}
          </Fact>
          {isOpeningKind || institution.isApplyingToOpen ? (
            <Fact label={t('institution.opening.label')} testId="institution-opening">
              <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Chip
                  size="small"
                  color={institution.isApplyingToOpen ? 'warning' : 'default'}
                  label={t(
                    institution.isApplyingToOpen
                      ? 'institution.opening.applying'
                      : 'institution.opening.notApplying',
                  )}
                />
                {institution.isApplyingToOpen ? (
                  <Typography variant="body2" color="text.secondary">
                    <RuleText>{t('institution.opening.hint')}</RuleText>
                  </Typography>
                ) : null}
                {canManageOpening && isOpeningKind ? (
                  <OpeningApplicationToggle
                    institutionId={institution.id}
                    institutionName={institution.name}
                    isApplyingToOpen={institution.isApplyingToOpen}
                  />
                ) : null}
              </Stack>
            </Fact>
          ) : null}
        </FactList>
      </Paper>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('institution.duties')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('institution.dutiesHint')}
      </Typography>
      <InstitutionDuties duties={institution.duties} />
    </>
  );
}
