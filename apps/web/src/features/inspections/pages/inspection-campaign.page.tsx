import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ExportButton } from '../../../shared/ui/export-button';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { InspectionCampaignQuery } from '../inspections.graphql';

/** PRV-1: a campaign's coverage and completion: each institution and its self-inspection. */
export function InspectionCampaignPage() {
  const { t, language } = useI18n();
  const labels = useLabels();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InspectionCampaignQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const campaign = data.inspectionCampaign;
  if (!campaign) return <EmptyState title={t('inspections.error.NOT_FOUND')} body="" />;
  return (
    <>
      <PageHeader
        title={campaign.name}
        subtitle={`${language === 'en' ? campaign.templateNameEn : campaign.templateNameZh} · ${t(
          'inspections.range',
          {
            from: formatDateTimeShort(campaign.startsAt),
            to: formatDateTimeShort(campaign.endsAt),
          },
        )}`}
        actions={
          <>
            <Button component={RouterLink} to={paths.hazards({ campaign: campaign.id })} size="large">
              {t('inspections.campaign.hazards')}
            </Button>
            <ExportButton
              url={paths.inspectionCampaignExport(campaign.id)}
              fallbackName="排查完成情况.xlsx"
              label={t('inspections.campaign.export')}
              testId="campaign-export"
            />
          </>
        }
      />
      <Typography variant="h6" component="h2" gutterBottom>
        {t('inspections.completion', {
          done: String(campaign.selfInspectionsSubmitted),
          total: String(campaign.institutionCount),
        })}
      </Typography>
      <Stack
        spacing={1}
        data-testid="campaign-institutions"
        aria-label={t('inspections.campaign.institutions')}
      >
        {campaign.institutions.map((row) => (
          <Card key={row.institutionId} variant="outlined">
            <CardContent sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ flex: 1, minWidth: 160 }}>
                {row.selfInspectionId ? (
                  <Link component={RouterLink} to={paths.inspection(row.selfInspectionId)}>
                    {row.institutionName}
                  </Link>
                ) : (
                  row.institutionName
                )}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {labels.kind(row.institutionKind)}
              </Typography>
              {row.submittedAt ? (
                <Chip
                  color="success"
                  label={`${t('inspections.campaign.submitted')} ${formatDateTimeShort(row.submittedAt)}`}
                />
              ) : row.selfInspectionId ? (
                <Chip color="warning" label={t('inspections.campaign.inProgress')} />
              ) : (
                <Chip label={t('inspections.campaign.notStarted')} />
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </>
  );
}
