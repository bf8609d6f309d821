import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/not-found.page';
import { paths } from '../../../app/paths';
import type { AssessmentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { AssessmentQuery } from '../assessment.graphql';
import { FindingForm, StatementForm } from '../components/assessment-forms';
import { ReviewForm, SanctionForm } from '../components/decision-forms';
import { EvidenceView, FindingsList, Section, VerdictView } from '../components/assessment-panels';
import { DownloadButton } from '../components/download-button';
import { VETO_COLOR } from '../components/veto-status';

function StatementAndReview({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  const { statement, review, viewerCan } = assessment;
  return (
    <Section title={t('assessment.statement.title')} testId="assessment-statement">
      {statement ? (
        <>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }} data-testid="statement-view">
            {statement.text}
          </Typography>
          <Typography variant="caption">
            {t('assessment.statement.by', {
              name: statement.submittedByName,
              at: formatDateTimeShort(statement.submittedAt),
            })}
          </Typography>
        </>
      ) : (
        <Typography variant="body2">{t('assessment.statement.none')}</Typography>
      )}
      {assessment.statementDueAt && viewerCan.canSubmitStatement && (
        <>
          <Alert severity="info" sx={{ my: 1 }}>
            {t('assessment.statement.due', { due: formatDateTimeShort(assessment.statementDueAt) })}
          </Alert>
          <StatementForm assessmentId={assessment.id} />
        </>
      )}
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {t('assessment.review.title')}
      </Typography>
      {review && (
        <Stack spacing={1} data-testid="review-view">
          <Typography variant="body2">
            {t('assessment.review.by', {
              name: review.reviewedByName,
              at: formatDateTimeShort(review.reviewedAt),
              decision: t(`assessment.review.decision.${review.decision}`),
            })}
          </Typography>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
            {review.reason}
          </Typography>
          <Typography variant="caption">
            {t('assessment.review.snapshot', { count: review.verdict.grounds.length })}
          </Typography>
        </Stack>
      )}
      {viewerCan.canReviewVeto && <ReviewForm assessmentId={assessment.id} />}
    </Section>
  );
}

function Sanctions({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  const { sanctions, sanctionOptions, viewerCan } = assessment;
  return (
    <Section title={t('assessment.sanctions.title')} testId="assessment-sanctions">
      {sanctionOptions.length > 0 && (
        <Typography variant="body2">
          {t('assessment.sanctions.options', {
            options: sanctionOptions.map((o) => t(`assessment.sanction.${o.sanction}`)).join('、'),
          })}
        </Typography>
      )}
      {sanctions.length === 0 ? (
        <Typography variant="body2">{t('assessment.sanctions.empty')}</Typography>
      ) : (
        <List dense>
          {sanctions.map((s) => (
            <ListItem key={s.id} data-testid="sanction-item">
              <ListItemText
                primary={`${t(`assessment.sanction.${s.sanction}`)}${s.circularNumber ? ` · ${s.circularNumber}` : ''}`}
                secondary={
                  <>
                    {t('assessment.sanctions.by', {
                      name: s.decidedByName,
                      at: formatDateTimeShort(s.decidedAt),
                    })}
                    {s.interviewAt && (
                      <>
                        <br />
                        {t('assessment.sanctions.interview', {
                          at: formatDateTimeShort(s.interviewAt),
                          attendees: s.interviewAttendees ?? '',
                        })}
                        <br />
                        {t('assessment.sanctions.minutes', { minutes: s.interviewMinutes ?? '' })}
                      </>
                    )}
                  </>
                }
              />
              {s.circularNumber && viewerCan.canDownloadCircular && (
                <DownloadButton
                  href={paths.circularDownload(s.id)}
                  label={t('assessment.sanctions.download')}
                  fallbackName={`${s.circularNumber}.docx`}
                  testId="circular-download"
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
      {viewerCan.canRecordSanction && <SanctionForm assessment={assessment} />}
    </Section>
  );
}

/** ACC-1, ACC-2, ACC-5: one institution's assessment: evidence, findings, verdict, statement, review, sanctions. */
export function InstitutionAssessmentPage() {
  const t = useT();
  const { id = '', periodId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessmentQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const assessment = data.assessment;
  if (!assessment) return <NotFoundPage />;
  return (
    <>
      <Button component={RouterLink} to={paths.assessment(periodId)} sx={{ mb: 1 }}>
        {t('assessment.view.back')}
      </Button>
      <PageHeader title={assessment.institutionName} subtitle={assessment.period.name} />
      <Section title={t('assessment.view.summary')} testId="assessment-summary">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body1" data-testid="assessment-score">
            {t('assessment.view.score', { score: assessment.score })}
          </Typography>
          <Chip
            color={VETO_COLOR[assessment.vetoStatus]}
            label={t(`assessment.vetoStatus.${assessment.vetoStatus}`)}
            data-testid="assessment-veto-status"
          />
          <Chip
            variant="outlined"
            label={`${t('assessment.column.eligible')}：${t(assessment.isEligibleForAwards ? 'assessment.eligible.yes' : 'assessment.eligible.no')}`}
            data-testid="assessment-eligibility"
          />
          <Typography variant="caption">
            {t('assessment.view.outcomeRules', { rules: assessment.outcomeRuleIds.join('、') })}
          </Typography>
        </Stack>
      </Section>
      <Section title={t('assessment.verdict.title')} testId="assessment-verdict">
        {assessment.vetoComputedAt && assessment.statementDueAt && (
          <Typography variant="caption" component="p" sx={{ mb: 1 }}>
            {t('assessment.verdict.computedAt', {
              at: formatDateTimeShort(assessment.vetoComputedAt),
              due: formatDateTimeShort(assessment.statementDueAt),
            })}
          </Typography>
        )}
        <VerdictView verdict={assessment.verdict} testId="verdict" />
      </Section>
      <EvidenceView assessment={assessment} />
      <Section title={t('assessment.findings.title')} testId="assessment-findings-section">
        <FindingsList assessment={assessment} />
        {assessment.viewerCan.canRecordFinding && <FindingForm assessment={assessment} />}
      </Section>
      <StatementAndReview assessment={assessment} />
      <Sanctions assessment={assessment} />
    </>
  );
}
