import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import type { CaseWithChild } from '../incidents.types';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {children}
      </Typography>
    </>
  );
}

/** The recorded facts. The child and the child's words show only when the API sends them (REP-7). */
export function CaseFacts({ incident }: { incident: CaseWithChild }) {
  const t = useT();
  const labels = useIncidentLabels();
  return (
    <>
      <Box
        component="dl"
        data-testid="case-facts"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
          columnGap: 4,
          rowGap: 1.5,
          m: 0,
        }}
      >
        <Fact label={t('incidents.case.receivedAt')}>
          <time dateTime={incident.receivedAt}>{formatDateTime(incident.receivedAt)}</time>
        </Fact>
        <Fact label={t('incidents.case.recordedAt')}>
          <time dateTime={incident.recordedAt}>{formatDateTime(incident.recordedAt)}</time>
        </Fact>
        <Fact label={t('incidents.case.channel')}>{labels.channel(incident.channel)}</Fact>
        <Fact label={t('incidents.case.reporter')}>{incident.reporter.displayName}</Fact>
        <Fact label={t('incidents.case.suspect')}>
          {labels.suspect(incident.suspectType)}
          {incident.isSuspectHead ? ` ${t('incidents.case.suspectIsHead')}` : ''}
          {incident.suspectDescription ? `：${incident.suspectDescription}` : ''}
        </Fact>
        {incident.child ? (
          <Fact label={t('incidents.case.child')} testId="case-child">
            {t('incidents.case.childValue', {
              name: incident.child.name,
              className: incident.child.className,
            })}
          </Fact>
        ) : null}
        {incident.childStatement ? (
          <Fact label={t('incidents.case.statement')} testId="case-statement">
            {incident.childStatement}
          </Fact>
        ) : null}
      </Box>
      {incident.child ? null : (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="case-child-hidden">
          {t('incidents.case.childHidden')}
        </Alert>
      )}
      {incident.isHeadInConflict ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('incidents.case.headInConflict')}
        </Alert>
      ) : null}
    </>
  );
}
