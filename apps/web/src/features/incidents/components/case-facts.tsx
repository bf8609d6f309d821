import Alert from '@mui/material/Alert';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import type { CaseWithChild } from '../incidents.types';
import { RuleText } from '../../../shared/rules/rule-info';

/** The recorded facts. The child and the child's words show only when the API sends them (REP-7). */
export function CaseFacts({ incident }: { incident: CaseWithChild }) {
  const t = useT();
  const labels = useIncidentLabels();
  return (
    <>
      <FactList testId="case-facts">
        <Fact label={t('incidents.case.receivedAt')}>
          <time dateTime={incident.receivedAt}>{formatDateTime(incident.receivedAt)}</time>
        </Fact>
        <Fact label={t('incidents.case.recordedAt')}>
          <time dateTime={incident.recordedAt}>{formatDateTime(incident.recordedAt)}</time>
        </Fact>
        <Fact label={t('incidents.case.channel')}>{labels.channel(incident.channel)}</Fact>
        <Fact hasLineBreaks label={t('incidents.case.reporter')}>
          {incident.reporter.displayName}
        </Fact>
        <Fact hasLineBreaks label={t('incidents.case.suspect')}>
          {labels.suspect(incident.suspectType)}
          {incident.isSuspectHead ? ` ${t('incidents.case.suspectIsHead')}` : ''}
          {incident.suspectDescription ? `：${incident.suspectDescription}` : ''}
        </Fact>
        {incident.child ? (
          <Fact hasLineBreaks label={t('incidents.case.child')} testId="case-child">
            {t('incidents.case.childValue', {
              name: incident.child.name,
              className: incident.child.className,
            })}
          </Fact>
        ) : null}
        {incident.childStatement ? (
          <Fact hasLineBreaks label={t('incidents.case.statement')} testId="case-statement">
            {incident.childStatement}
          </Fact>
        ) : null}
      </FactList>
      {incident.child ? null : (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="case-child-hidden">
          <RuleText>{t('incidents.case.childHidden')}</RuleText>
        </Alert>
      )}
      {incident.isHeadInConflict ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          <RuleText>{t('incidents.case.headInConflict')}</RuleText>
        </Alert>
      ) : null}
    </>
  );
}
