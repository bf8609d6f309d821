import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { VettingDecisionFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useStaffLabels } from '../lib/staff-labels';

const SEVERITY = { CLEAR: 'success', BLOCKED: 'error', INCOMPLETE: 'warning' } as const;
// Display only: a blocked hire needs nothing more, so its missing checks are not listed.
const SHOWS_MISSING = { CLEAR: true, BLOCKED: false, INCOMPLETE: true } as const;
const HINT = {
  CLEAR: 'staff.vetting.clearHint',
  BLOCKED: 'staff.vetting.blockedHint',
  INCOMPLETE: 'staff.vetting.incompleteHint',
} as const;

/** decideVetting's answer: what is still needed and why, or every rule that blocks the hire. */
export function VettingDecisionPanel({ decision }: { decision: VettingDecisionFieldsFragment }) {
  const t = useT();
  const labels = useStaffLabels();
  return (
    <Alert
      severity={SEVERITY[decision.status]}
      data-testid="vetting-decision"
      data-status={decision.status}
      sx={{ mb: 3, '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle data-testid="vetting-status">
        {t('staff.vetting.title')}：{labels.vetting(decision.status)}
      </AlertTitle>
      <Typography variant="body2">{t(HINT[decision.status])}</Typography>
      {decision.blocking.length > 0 ? (
        <List dense aria-label={t('staff.vetting.blocking')} data-testid="vetting-blocking">
          {decision.blocking.map((block, index) => (
            <ListItem
              key={`${block.code}-${block.check ?? ''}-${index}`}
              disableGutters
              data-testid="vetting-block"
              data-rule={block.ruleId}
            >
              <ListItemText
                primary={`${block.ruleId} · ${labels.block(block.code)}${block.check ? `（${labels.check(block.check)}）` : ''}`}
                secondary={t('staff.vetting.rule', { ruleId: block.ruleId, clause: block.clause })}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
      {SHOWS_MISSING[decision.status] && decision.missing.length > 0 ? (
        <List dense aria-label={t('staff.vetting.missing')} data-testid="vetting-missing">
          {decision.missing.map((check) => (
            <ListItem
              key={`${check.check}-${check.recordedBy}`}
              disableGutters
              data-testid="vetting-missing-check"
              data-check={check.check}
            >
              <ListItemText
                primary={
                  <>
                    {labels.check(check.check)}
                    {check.viewerCanRecord ? (
                      <Chip
                        size="small"
                        color="primary"
                        label={t('staff.vetting.youCanRecord')}
                        sx={{ ml: 1 }}
                      />
                    ) : null}
                  </>
                }
                secondary={`${t('staff.vetting.recordedBy', { unit: labels.recorder(check.recordedBy) })} · ${t('staff.vetting.rule', { ruleId: check.ruleId, clause: check.clause })}`}
              />
            </ListItem>
          ))}
        </List>
      ) : null}
      <Typography variant="caption" component="p" sx={{ mt: 1 }}>
        {t('staff.vetting.required')}：
        {decision.required.map((check) => `${labels.check(check.check)}（${check.ruleId}）`).join('、')}
      </Typography>
    </Alert>
  );
}
