import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { OpenCampaignDialog } from '../components/open-campaign-dialog';
import { OutcomeAlert } from '../components/outcome-alert';
import type { InspectionOutcome } from '../hooks/inspection-outcome';
import { useStartInspection } from '../hooks/use-inspection-mutations';
import { InspectionCampaignsQuery } from '../inspections.graphql';
import { useViewer } from '../../auth/hooks/use-viewer';

/** PRV-1: the campaigns the viewer reads with their completion; a head's self-inspections to do first. */
export function InspectionsPage() {
  const t = useT();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InspectionCampaignsQuery);
  const { startInspection, loading: isStarting } = useStartInspection();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const [outcome, setOutcome] = useState<InspectionOutcome<unknown> | 'NETWORK' | null>(null);
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const list = data.inspectionCampaigns;
  // The server says which campaign awaits the viewer's self-inspection (started or startable).
  const todo = list.items.filter(
    (c) => c.viewerCan.canStartSelfInspection || (c.ownSelfInspectionId && !c.ownSelfInspectionSubmittedAt),
  );

  const start = async (campaignId: string) => {
    if (!viewer.institution) return;
    try {
      const result = await startInspection({
        kind: 'SELF',
        campaignId,
        institutionId: viewer.institution.id,
      });
      setOutcome(result);
      if (result.type === 'DONE') void navigate(paths.inspection(result.value.id));
    } catch {
      setOutcome('NETWORK');
    }
  };

  return (
    <>
      <PageHeader
        title={t('inspections.title')}
        subtitle={t('inspections.subtitle')}
        actions={
          list.canOpen ? (
            <Button
              variant="contained"
              size="large"
              onClick={() => setDialogOpen(true)}
              data-testid="open-campaign"
            >
              {t('inspections.open')}
            </Button>
          ) : null
        }
      />
      <OutcomeAlert outcome={outcome} />
      {todo.length > 0 ? (
        <Stack spacing={2} sx={{ mb: 3 }} data-testid="self-inspections-todo">
          <Typography variant="h6" component="h2">
            {t('inspections.todo')}
          </Typography>
          {todo.map((campaign) => (
            <Card key={campaign.id} variant="outlined">
              <CardContent>
                <Typography variant="subtitle1">{campaign.name}</Typography>
                <Typography variant="body2" color="text.secondary" gutterBottom>
                  {t('inspections.range', {
                    from: formatDateTimeShort(campaign.startsAt),
                    to: formatDateTimeShort(campaign.endsAt),
                  })}
                </Typography>
                {campaign.ownSelfInspectionId ? (
                  <Button
                    component={RouterLink}
                    to={paths.inspection(campaign.ownSelfInspectionId)}
                    variant="contained"
                    size="large"
                    fullWidth
                  >
                    {t('inspections.continueSelf')}
                  </Button>
                ) : (
                  <Button
                    variant="contained"
                    size="large"
                    fullWidth
                    disabled={isStarting}
                    onClick={() => void start(campaign.id)}
                    data-testid="start-self-inspection"
                  >
                    {t('inspections.startSelf')}
                  </Button>
                )}
              </CardContent>
            </Card>
          ))}
        </Stack>
      ) : null}
      {list.items.length === 0 ? (
        <EmptyState title={t('inspections.empty')} body={t('inspections.subtitle')} />
      ) : (
        <Stack spacing={2} data-testid="inspection-campaigns">
          {list.items.map((campaign) => (
            <Card key={campaign.id} variant="outlined">
              <CardActionArea component={RouterLink} to={paths.inspectionCampaign(campaign.id)}>
                <CardContent>
                  <Typography variant="subtitle1">{campaign.name}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('inspections.range', {
                      from: formatDateTimeShort(campaign.startsAt),
                      to: formatDateTimeShort(campaign.endsAt),
                    })}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t('inspections.completion', {
                      done: String(campaign.selfInspectionsSubmitted),
                      total: String(campaign.institutionCount),
                    })}
                  </Typography>
                  <LinearProgress
                    variant="determinate"
                    value={
                      campaign.institutionCount > 0
                        ? (100 * campaign.selfInspectionsSubmitted) / campaign.institutionCount
                        : 0
                    }
                    sx={{ mt: 1, height: 8, borderRadius: 4 }}
                  />
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Stack>
      )}
      <OpenCampaignDialog open={isDialogOpen} onClose={() => setDialogOpen(false)} />
    </>
  );
}
