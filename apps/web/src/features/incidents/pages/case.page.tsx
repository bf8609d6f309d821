import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useCan } from '../../auth/hooks/use-viewer';
import { HazardsAfterCase } from '../../inspections/components/hazards-after-case';
import { UnannouncedInspectionOffer } from '../../inspections/components/unannounced-inspection-offer';
import { paths } from '../../../app/paths';
import type { ReportingStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { CaseFacts } from '../components/case-facts';
import { CaseSection } from '../components/case-section';
import { CaseTimeline } from '../components/case-timeline';
import { DeadlineCountdown } from '../components/deadline-countdown';
import { EmergencyChecklist } from '../components/emergency-checklist';
import { WelfareNotesSection } from '../components/welfare-notes-section';
import { BullyingStepsPanel } from '../components/bullying-steps-panel';
import { MandatoryReportButton } from '../components/mandatory-report-button';
import { CloseCaseForm } from '../forms/close-case-form';
import { ExternalSourceForm } from '../forms/external-source-form';
import { PoliceReportForm } from '../forms/police-report-form';
import { isPoliceReportLate } from '../hooks/deadline-text';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useAcknowledgeCase } from '../hooks/use-acknowledge-case';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useNow } from '../hooks/use-now';
import { CaseQuery } from '../incidents.graphql';
import { CaseChangedSubscription } from '../live.graphql';
import { fallbackPollInterval, useLiveStatus } from '../../../shared/live/live-status';
import { useLiveRefetch } from '../../../shared/live/use-live-refetch';
import type { CaseDetail } from '../incidents.types';
import { RuleText } from '../../../shared/rules/rule-info';

// Colour only: which chip colour the server's reporting status shows.
const STATUS_COLOR: Record<ReportingStatus, 'error' | 'success' | 'warning'> = {
  IN_BREACH: 'error',
  COMPLIANT: 'success',
  AWAITING_POLICE_REPORT: 'warning',
};

export function CasePage() {
  const t = useT();
  // PRV-1: the hazards found at the case's institution after it, for those who read hazards.
  const canViewHazards = useCan('VIEW_HAZARDS');
  const labels = useIncidentLabels();
  const { id = '' } = useParams();
  // Jobs record alerts and breaches on the server: the case is refetched on each change signal, and
  // polled once a minute only while the socket is down.
  const { data, loading, error, refetch } = useQuery(CaseQuery, {
    variables: { id },
    pollInterval: fallbackPollInterval(useLiveStatus()),
  });
  useLiveRefetch(CaseChangedSubscription, { variables: { id }, skip: !data?.case, refetch });

  const back = (
    <Button component={RouterLink} to={paths.cases()} variant="outlined">
      {t('incidents.case.back')}
    </Button>
  );

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const incident = data?.case;
  // Missing and out of scope get the same answer.
  if (!incident) {
    return (
      <EmptyState
        title={t('incidents.case.notFound.title')}
        body={t('incidents.case.notFound.body')}
        action={back}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={`${labels.category(incident.category)} · ${incident.institutionName}`}
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <Chip size="small" label={labels.state(incident.state)} data-testid="case-state" />
            <Chip
              size="small"
              color={STATUS_COLOR[incident.reporting.status]}
              label={labels.status(incident.reporting.status)}
              data-testid="case-status"
            />
            {incident.isConfidential ? <Chip size="small" label={t('incidents.case.confidential')} /> : null}
            <Chip
              size="small"
              color={incident.isChildInDanger ? 'error' : 'default'}
              label={
                incident.isChildInDanger ? t('incidents.case.inDanger') : t('incidents.case.notInDanger')
              }
            />
          </Stack>
        }
        actions={
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            {incident.viewerCan.canExportMandatoryReport ? (
              <MandatoryReportButton caseId={incident.id} />
            ) : null}
            {back}
          </Stack>
        }
      />
      <CaseDeadlines incident={incident} />
      {incident.breaches.length > 0 ? (
        <Alert severity="error" sx={{ mb: 3 }} data-testid="case-breaches">
          <Typography variant="subtitle2" component="h2">
            <RuleText>{t('incidents.case.breaches')}</RuleText>
          </Typography>
          {incident.breaches.map((breach) => (
            <div key={`${breach.code}-${breach.hop}`}>
              {t('incidents.case.breachAt', {
                breach: labels.recordedBreach(breach),
                at: formatDateTimeShort(breach.occurredAt),
              })}
            </div>
          ))}
        </Alert>
      ) : null}
      <AcknowledgeBlock incident={incident} />
      <CaseSection title={t('incidents.case.facts')}>
        <CaseFacts incident={incident} />
      </CaseSection>
      {incident.emergencyChecklist.length > 0 ? (
        <CaseSection
          title={t('incidents.case.checklist')}
          hint={t('incidents.case.checklistHint')}
          testId="case-checklist"
        >
          <EmergencyChecklist incident={incident} />
        </CaseSection>
      ) : null}
      <CaseSection title={t('incidents.case.policeReport')} testId="case-police-report">
        <PoliceReportBlock incident={incident} />
      </CaseSection>
      <WelfareNotesSection incident={incident} />
      <BullyingStepsPanel caseId={incident.id} />
      {incident.externalSources.length > 0 || incident.viewerCan.canRecordExternalSource ? (
        <CaseSection title={t('incidents.case.externalSources')} testId="case-external-sources">
          {incident.externalSources.length > 0 ? (
            <List dense>
              {incident.externalSources.map((record) => (
                <ListItem key={`${record.source}-${record.learnedAt}`} disableGutters>
                  <ListItemText
                    primary={t('incidents.case.externalSourceValue', {
                      source: labels.source(record.source),
                      at: formatDateTimeShort(record.learnedAt),
                    })}
                    secondary={[record.note, record.recordedBy.displayName].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          ) : null}
          {incident.viewerCan.canRecordExternalSource ? <ExternalSourceForm caseId={incident.id} /> : null}
        </CaseSection>
      ) : null}
      {incident.closedAt && incident.closingReason ? (
        <Alert severity="info" sx={{ mb: 3 }} data-testid="case-closed">
          {t('incidents.case.closedAs', {
            at: formatDateTimeShort(incident.closedAt),
            reason: labels.closingReason(incident.closingReason),
          })}
        </Alert>
      ) : incident.viewerCan.canClose ? (
        <CaseSection title={t('incidents.close.title')} testId="case-close">
          <CloseCaseForm caseId={incident.id} reasons={incident.viewerCan.closingReasons} />
        </CaseSection>
      ) : null}
      {incident.canStartUnannouncedInspection ? (
        <UnannouncedInspectionOffer caseId={incident.id} institutionId={incident.institutionId} />
      ) : null}
      {canViewHazards ? (
        <HazardsAfterCase institutionId={incident.institutionId} since={incident.recordedAt} />
      ) : null}
      <Typography variant="h6" component="h2" gutterBottom>
        {t('incidents.case.timeline')}
      </Typography>
      <CaseTimeline events={incident.timeline} />
    </>
  );
}

/** REP-2 and REP-3 side by side, ticking every second from the deadlines the API computed. */
function CaseDeadlines({ incident }: { incident: CaseDetail }) {
  const t = useT();
  const now = useNow();
  return (
    <Box
      component="section"
      aria-label={t('incidents.case.deadlines')}
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 3 }}
    >
      <DeadlineCountdown
        label={t('incidents.deadline.HEAD_NOTIFICATION')}
        dueAt={incident.reporting.headNotificationDueAt}
        metAt={incident.acknowledgedAt}
        isMetLate={incident.reporting.isHeadNotificationLate}
        closedAt={incident.closedAt}
        applies
        now={now}
        testId="deadline-head"
      />
      <DeadlineCountdown
        label={t('incidents.deadline.POLICE_REPORT')}
        dueAt={incident.reporting.policeReportDueAt}
        metAt={incident.policeReport?.reportedAt}
        isMetLate={isPoliceReportLate(incident)}
        closedAt={incident.closedAt}
        applies={incident.reporting.isPoliceReportRequired}
        now={now}
        testId="deadline-police"
      />
    </Box>
  );
}

function AcknowledgeBlock({ incident }: { incident: CaseDetail }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { acknowledgeCase, isAcknowledging } = useAcknowledgeCase();
  const [alert, setAlert] = useState<string | null>(null);

  const acknowledge = async () => {
    setAlert(null);
    try {
      setAlert(outcomeMessage(await acknowledgeCase(incident.id), t, labels));
    } catch (error) {
      setAlert(thrownMessage(error, t));
    }
  };

  return (
    <Box sx={{ mb: 3 }} data-testid="case-acknowledgement">
      <ErrorAlert message={alert} sx={{ mb: 1 }} />
      {incident.acknowledgedAt ? (
        <Typography color="success.main" data-testid="case-acknowledged">
          {t('incidents.case.acknowledgedBy', {
            name: incident.acknowledgedBy?.displayName ?? '',
            at: formatDateTimeShort(incident.acknowledgedAt),
          })}
        </Typography>
      ) : incident.viewerCan.canAcknowledge ? (
        <Button
          variant="contained"
          onClick={() => void acknowledge()}
          disabled={isAcknowledging}
          data-testid="case-acknowledge"
        >
          {isAcknowledging ? t('incidents.case.acknowledging') : t('incidents.case.acknowledge')}
        </Button>
      ) : (
        <Typography color="text.secondary">{t('incidents.case.notAcknowledged')}</Typography>
      )}
    </Box>
  );
}

function PoliceReportBlock({ incident }: { incident: CaseDetail }) {
  const t = useT();
  const report = incident.policeReport;
  if (report) {
    return (
      <FactList testId="police-report" rowGap={1}>
        <Fact label={t('incidents.case.policeReportedAt')}>{formatDateTimeShort(report.reportedAt)}</Fact>
        <Fact label={t('incidents.case.policeStation')}>{report.policeStation}</Fact>
        <Fact label={t('incidents.case.receiptNumber')}>{report.receiptNumber}</Fact>
        {report.officerName ? (
          <Fact label={t('incidents.case.officerName')}>{report.officerName}</Fact>
        ) : null}
        <Fact label={t('incidents.case.recordedBy')}>
          {report.recordedBy.displayName} · {formatDateTimeShort(report.recordedAt)}
        </Fact>
      </FactList>
    );
  }
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('incidents.case.policeNotReported')}
      </Typography>
      {incident.viewerCan.canRecordPoliceReport ? <PoliceReportForm caseId={incident.id} /> : null}
    </>
  );
}
