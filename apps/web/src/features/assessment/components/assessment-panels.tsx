import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type {
  AssessmentFieldsFragment,
  CaseRefFieldsFragment,
  VerdictFieldsFragment,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** A case the assessment names: a link when the viewer may open it, "confidential" otherwise (REP-7). */
export function CaseRef({ value }: { value: CaseRefFieldsFragment }) {
  const t = useT();
  if (!value.caseId) return <span>{t('assessment.case.hidden')}</span>;
  return (
    <Link component={RouterLink} to={paths.case(value.caseId)} data-testid="assessment-case-link">
      {value.category ? t(`incidents.category.${value.category}`) : t('assessment.case.open')}
      {value.receivedAt ? ` · ${formatDateTimeShort(value.receivedAt)}` : ''}
    </Link>
  );
}

/** ACC-5: the computed verdict with every ground and every excluded case with its reason. */
export function VerdictView({ verdict, testId }: { verdict: VerdictFieldsFragment; testId: string }) {
  const t = useT();
  return (
    <Box data-testid={testId}>
      <Alert severity={verdict.isVetoed ? 'error' : 'success'} sx={{ mb: 1 }}>
        {t(verdict.isVetoed ? 'assessment.verdict.vetoed' : 'assessment.verdict.notVetoed')}
      </Alert>
      {verdict.grounds.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('assessment.verdict.grounds')}</Typography>
          <List dense data-testid={`${testId}-grounds`}>
            {verdict.grounds.map((g, index) => (
              <ListItem key={index} data-testid="veto-ground">
                <ListItemText
                  primary={
                    <>
                      <CaseRef value={g.case} /> · {t(`assessment.failure.${g.failure}`)} ·{' '}
                      {t(`assessment.impact.${g.impact}`)}
                    </>
                  }
                  secondary={t('assessment.verdict.rules', { rules: g.ruleIds.join('、'), clause: g.clause })}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
      {verdict.excluded.length > 0 && (
        <>
          <Typography variant="subtitle2">{t('assessment.verdict.excluded')}</Typography>
          <List dense>
            {verdict.excluded.map((e, index) => (
              <ListItem key={index} data-testid="veto-excluded">
                <ListItemText
                  primary={<CaseRef value={e.case} />}
                  secondary={t(`assessment.exclusion.${e.reason}`)}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}

/** ACC-1: what the records of the period show, gathered by the server. */
export function EvidenceView({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  const { evidence } = assessment;
  return (
    <Section title={t('assessment.evidence.title')} testId="assessment-evidence">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('assessment.evidence.staff', {
          active: evidence.activeStaff,
          rechecks: evidence.overdueRechecks,
          interviews: evidence.overdueInterviews,
          notClear: evidence.staffFoundNotClear,
        })}
      </Typography>
      <Typography variant="subtitle2">{t('assessment.evidence.cases')}</Typography>
      {evidence.cases.length === 0 ? (
        <Typography variant="body2">{t('assessment.evidence.noCases')}</Typography>
      ) : (
        <List dense>
          {evidence.cases.map((c, index) => (
            <ListItem key={index} data-testid="evidence-case">
              <ListItemText
                primary={<CaseRef value={c.case} />}
                secondary={
                  <Stack direction="row" spacing={0.5} component="span" sx={{ flexWrap: 'wrap' }}>
                    {c.breaches.map((b) => (
                      <Chip
                        key={b}
                        size="small"
                        color="error"
                        label={t(`incidents.breach.${b}`)}
                        component="span"
                      />
                    ))}
                    {c.failures.map((f) => (
                      <Chip key={f} size="small" label={t(`assessment.failure.${f}`)} component="span" />
                    ))}
                    {c.impacts.map((i) => (
                      <Chip
                        key={i}
                        size="small"
                        color="warning"
                        label={t(`assessment.impact.${i}`)}
                        component="span"
                      />
                    ))}
                    {c.isStaffSuspect && (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t('assessment.evidence.staffSuspect')}
                        component="span"
                      />
                    )}
                  </Stack>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="subtitle2">{t('assessment.evidence.misconduct')}</Typography>
      {evidence.misconductCases.length === 0 ? (
        <Typography variant="body2">{t('assessment.evidence.noMisconduct')}</Typography>
      ) : (
        <List dense>
          {evidence.misconductCases.map((m) => (
            <ListItem key={m.id}>
              <ListItemText
                primary={`${formatDateTimeShort(m.openedAt)} · ${m.status}`}
                secondary={m.decidedAt ? formatDateTimeShort(m.decidedAt) : null}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

/** ACC-1: the findings of 督导室 and joint inspection teams. */
export function FindingsList({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  if (assessment.findings.length === 0)
    return <Typography variant="body2">{t('assessment.findings.empty')}</Typography>;
  return (
    <List dense data-testid="assessment-findings">
      {assessment.findings.map((f) => (
        <ListItem key={f.id} alignItems="flex-start">
          <ListItemText
            primary={`${t(`assessment.source.${f.source}`)}：${f.text}（${t('assessment.findings.points', { points: f.points })}）`}
            secondary={
              <>
                {f.case ? <CaseRef value={f.case} /> : null}{' '}
                {[
                  ...f.failures.map((x) => t(`assessment.failure.${x}`)),
                  ...f.impacts.map((x) => t(`assessment.impact.${x}`)),
                ].join('、')}{' '}
                {t('assessment.findings.by', {
                  name: f.recordedByName,
                  at: formatDateTimeShort(f.recordedAt),
                })}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
