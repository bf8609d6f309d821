import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { RiskSubjectFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { CloseForm } from '../components/close-form';
import { formatDay } from '../components/day-field';
import { FollowUpForm } from '../components/follow-up-form';
import { RiskStatusChip } from '../components/risk-status-chip';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { RiskSubjectQuery } from '../surroundings.graphql';
import { PhotoStrip } from '../../photos';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

const dayOrDash = (iso: string | null | undefined) => (iso ? formatDay(iso) : '—');

/** PRV-3: one risk site or person: what it is, where it was referred, its follow-ups, and the next steps the server allows. */
export function RiskSubjectPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RiskSubjectQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const subject = data?.riskSubject;
  if (!subject) {
    return (
      <EmptyState
        title={t('surroundings.detail.notFound')}
        body={t('surroundings.subtitle')}
        action={
          <Button component={RouterLink} to={paths.surroundings()}>
            {t('surroundings.detail.back')}
          </Button>
        }
      />
    );
  }
  return <RiskSubjectDetail subject={subject} />;
}

export function RiskSubjectDetail({ subject }: { subject: RiskSubjectFieldsFragment }) {
  const t = useT();
  const labels = useRiskLabels();
  const title = subject.site?.name ?? labels.kindOf(subject);
  const missing = subject.referral.missingRecipients.map(labels.recipient).join('、');
  return (
    <>
      <Button component={RouterLink} to={paths.surroundings()} sx={{ mb: 1 }}>
        ← {t('surroundings.detail.back')}
      </Button>
      <PageHeader
        title={title}
        subtitle={`${labels.subjectType(subject.subjectType)} · ${labels.kindOf(subject)} · ${subject.institutionName}`}
        actions={<RiskStatusChip status={subject.status} />}
      />
      <Stack spacing={2}>
        {subject.closedAt && subject.closingReason ? (
          <Alert severity="info" data-testid="risk-closed">
            {t('surroundings.detail.closed', {
              at: formatDay(subject.closedAt),
              reason: labels.closingReason(subject.closingReason),
            })}
            {subject.closingNote ? `（${subject.closingNote}）` : ''}
          </Alert>
        ) : null}
        {subject.site ? (
          <Section title={t('surroundings.detail.site')} testId="risk-site">
            <FactList testId="risk-site-facts">
              <Fact label={t('surroundings.field.siteAddress')}>{subject.site.address ?? '—'}</Fact>
              <Fact label={t('surroundings.field.location')}>{subject.location ?? '—'}</Fact>
              <Fact label={t('surroundings.field.siteDescription')} hasLineBreaks>
                {subject.site.description ?? '—'}
              </Fact>
            </FactList>
          </Section>
        ) : (
          <Section title={t('surroundings.detail.person')} testId="risk-person">
            {subject.person ? (
              <FactList testId="risk-person-facts">
                <Fact label={t('surroundings.field.personName')} testId="risk-person-name">
                  {subject.person.name ?? '—'}
                </Fact>
                <Fact label={t('surroundings.field.personIdNumber')}>{subject.person.idNumber ?? '—'}</Fact>
                <Fact label={t('surroundings.field.personAddress')}>{subject.person.address ?? '—'}</Fact>
                <Fact label={t('surroundings.field.location')}>{subject.location ?? '—'}</Fact>
                <Fact label={t('surroundings.field.personDescription')} hasLineBreaks>
                  {subject.person.description ?? '—'}
                </Fact>
              </FactList>
            ) : (
              <Alert severity="warning" data-testid="risk-person-hidden">
                {t('surroundings.detail.personHidden')}
              </Alert>
            )}
          </Section>
        )}
        <Section title={t('surroundings.detail.routing')} testId="risk-routing">
          <FactList testId="risk-routing-facts">
            <Fact label={t('surroundings.referral.township')}>
              {subject.referral.townshipOffice ?? '—'} · {dayOrDash(subject.referral.townshipReferredAt)}
            </Fact>
            <Fact label={t('surroundings.referral.police')}>
              {subject.referral.policeStation ?? '—'} · {dayOrDash(subject.referral.policeReferredAt)}
            </Fact>
          </FactList>
          {missing ? (
            <Typography variant="body2" color="warning.main" sx={{ mt: 1 }}>
              {t('surroundings.referral.missing', { recipients: missing })}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('surroundings.detail.recordedBy', {
              name: subject.recordedByName,
              at: formatDay(subject.recordedAt),
            })}
          </Typography>
        </Section>
        <Section title={t('surroundings.detail.followUps')} testId="risk-follow-ups">
          {subject.followUps.length === 0 ? (
            <Typography color="text.secondary">{t('surroundings.detail.noFollowUps')}</Typography>
          ) : (
            <Box component="ol" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
              {subject.followUps.map((followUp) => (
                <Box
                  component="li"
                  key={followUp.id}
                  sx={{ borderLeft: 3, borderColor: 'primary.light', pl: 2, pb: 2 }}
                  data-testid="risk-follow-up"
                >
                  <Typography variant="subtitle2">
                    {formatDay(followUp.followedUpAt)} · {labels.outcome(followUp.outcome)} ·{' '}
                    {followUp.recordedByName}
                  </Typography>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {followUp.note ?? t('surroundings.detail.noteHidden')}
                  </Typography>
                  {followUp.photos.length > 0 ? (
                    <Box sx={{ mt: 1 }} data-testid="follow-up-photo-strip">
                      <PhotoStrip photos={followUp.photos} label={t('surroundings.field.photos')} />
                    </Box>
                  ) : null}
                </Box>
              ))}
            </Box>
          )}
        </Section>
        {subject.viewerCan.recordFollowUp ? (
          <Section title={t('surroundings.followUp.title')} testId="risk-add-follow-up">
            <FollowUpForm riskSubjectId={subject.id} needsReferral={subject.viewerCan.needsReferral} />
          </Section>
        ) : null}
        {subject.viewerCan.close ? (
          <Section title={t('surroundings.close.title')} testId="risk-close">
            <CloseForm riskSubjectId={subject.id} reasons={subject.viewerCan.closingReasons} />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
