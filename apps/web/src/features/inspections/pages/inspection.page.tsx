import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { InspectionFieldsFragment, InspectionResult } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { FailedItemForm, type FailedItemValues } from '../components/failed-item-form';
import { OutcomeAlert } from '../components/outcome-alert';
import type { InspectionOutcome } from '../hooks/inspection-outcome';
import { useRecordItem, useSubmitInspection } from '../hooks/use-inspection-mutations';
import { InspectionQuery } from '../inspections.graphql';

type Item = InspectionFieldsFragment['items'][number];
const RESULT_COLOR = { PASSED: 'success', FAILED: 'error', NOT_APPLICABLE: 'inherit' } as const;

/** PRV-1: the checklist on a phone: one item per card, big PASSED / FAILED / N/A buttons. */
export function InspectionPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InspectionQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const inspection = data.inspection;
  if (!inspection) return <EmptyState title={t('inspections.notFound')} body="" />;
  return <Checklist inspection={inspection} />;
}

function Checklist({ inspection }: { inspection: InspectionFieldsFragment }) {
  const { t, language } = useI18n();
  const items = inspection.items;
  const done = items.filter((i) => i.result !== null && i.result !== undefined).length;
  const firstOpen = items.findIndex((i) => !i.result);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [failing, setFailing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<InspectionOutcome<unknown> | 'NETWORK' | null>(null);
  const { recordItem, loading: isSaving } = useRecordItem();
  const { submit, loading: isSubmitting } = useSubmitInspection();
  const canRecord = inspection.viewerCan.canRecordItem;
  const item = items[Math.min(index, items.length - 1)];
  const text = (i: Item) => (language === 'en' ? i.item.textEn : i.item.textZh);

  const save = async (result: InspectionResult, failed?: FailedItemValues) => {
    try {
      const answer = await recordItem({
        inspectionId: inspection.id,
        itemId: item.item.id,
        result,
        ...(failed ?? {}),
      });
      setOutcome(answer);
      if (answer.type === 'DONE') {
        setFailing(null);
        if (index < items.length - 1) setIndex(index + 1);
      }
    } catch {
      setOutcome('NETWORK');
    }
  };
  const runSubmit = async () => {
    try {
      setOutcome(await submit(inspection.id));
    } catch {
      setOutcome('NETWORK');
    }
  };

  return (
    <>
      <PageHeader
        title={`${inspection.institutionName} · ${t(`inspections.kind.${inspection.kind}`)}`}
        subtitle={inspection.campaignName ?? undefined}
      />
      <Typography variant="body2" gutterBottom>
        {t('inspections.checklist.progress', { done, total: items.length })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={items.length > 0 ? (100 * done) / items.length : 0}
        sx={{ mb: 2, height: 8, borderRadius: 4 }}
      />
      {inspection.submittedAt ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('inspections.checklist.submitted', { date: formatDateTimeShort(inspection.submittedAt) })}
        </Alert>
      ) : !canRecord ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('inspections.checklist.readOnly')}
        </Alert>
      ) : null}
      <OutcomeAlert outcome={outcome} />
      {canRecord && item ? (
        <Card variant="outlined" sx={{ mb: 2 }} data-testid="checklist-card">
          <CardContent>
            <Typography variant="caption" color="text.secondary">
              {t('inspections.checklist.item', { index: index + 1, total: items.length })} ·{' '}
              {t(`inspections.group.${item.item.group}`)} · {item.item.ruleId}
            </Typography>
            <Typography variant="h6" component="p" sx={{ my: 2 }} data-testid="checklist-text">
              {text(item)}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
              {(['PASSED', 'FAILED', 'NOT_APPLICABLE'] as const).map((result) => (
                <Button
                  key={result}
                  variant={
                    item.result === result || (failing === item.item.id && result === 'FAILED')
                      ? 'contained'
                      : 'outlined'
                  }
                  color={RESULT_COLOR[result]}
                  size="large"
                  fullWidth
                  disabled={isSaving}
                  sx={{ minHeight: 56, fontSize: '1.1rem' }}
                  onClick={() => (result === 'FAILED' ? setFailing(item.item.id) : void save(result))}
                  data-testid={`result-${result}`}
                >
                  {t(`inspections.result.${result}`)}
                </Button>
              ))}
            </Stack>
            {failing === item.item.id ? (
              <FailedItemForm
                key={item.item.id}
                institutionId={inspection.institutionId}
                isSaving={isSaving}
                onSave={(values) => void save('FAILED', values)}
              />
            ) : null}
            {item.hazardId ? (
              <Link component={RouterLink} to={paths.hazard(item.hazardId)} sx={{ display: 'block', mt: 2 }}>
                {t('inspections.checklist.hazardLink')}
              </Link>
            ) : null}
            <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 2 }}>
              <Button size="large" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                {t('inspections.checklist.previous')}
              </Button>
              <Button size="large" disabled={index >= items.length - 1} onClick={() => setIndex(index + 1)}>
                {t('inspections.checklist.next')}
              </Button>
            </Box>
          </CardContent>
        </Card>
      ) : null}
      {inspection.viewerCan.canSubmit ? (
        <Button
          variant="contained"
          size="large"
          fullWidth
          sx={{ minHeight: 56, mb: 3 }}
          disabled={isSubmitting}
          onClick={() => void runSubmit()}
          data-testid="submit-inspection"
        >
          {t('inspections.checklist.submit')}
        </Button>
      ) : null}
      <Stack spacing={1} data-testid="checklist-items">
        {items.map((i, position) => (
          <Card key={i.item.id} variant="outlined">
            <CardContent
              sx={{
                display: 'flex',
                gap: 1,
                alignItems: 'center',
                cursor: canRecord ? 'pointer' : 'default',
              }}
              onClick={() => (canRecord ? setIndex(position) : undefined)}
            >
              <Typography variant="body2" sx={{ flex: 1 }}>
                {position + 1}. {text(i)}
              </Typography>
              {i.result ? (
                <Chip
                  size="small"
                  color={i.result === 'PASSED' ? 'success' : i.result === 'FAILED' ? 'error' : 'default'}
                  label={t(`inspections.result.${i.result}`)}
                />
              ) : null}
              {i.hazardId ? (
                <Link component={RouterLink} to={paths.hazard(i.hazardId)}>
                  {t('inspections.checklist.hazardLink')}
                </Link>
              ) : null}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </>
  );
}
