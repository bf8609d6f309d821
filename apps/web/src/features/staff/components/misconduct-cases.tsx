import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { MisconductCaseStatus, StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { DecideMisconductForm } from '../forms/decide-misconduct-form';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';

// Colour only: which chip colour a status shows.
const STATUS_COLOR: Record<MisconductCaseStatus, 'warning' | 'default'> = {
  OPEN: 'warning',
  DECIDED: 'default',
};

/** VET-11 cases of one member: the decision once taken, the decide form where viewerCan.canDecide says so. */
export function MisconductCases({ member }: { member: StaffMemberFieldsFragment }) {
  const t = useT();
  const labels = useStaffLabels();
  if (member.misconductCases.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.misconduct.empty')}
      </Typography>
    );
  }
  return (
    <Box sx={{ mb: 2 }}>
      {member.misconductCases.map((c) => (
        <Box key={c.id} data-testid="misconduct-case" data-status={c.status} sx={{ mb: 2 }}>
          <Typography variant="subtitle1" component="h3">
            <Chip
              size="small"
              color={STATUS_COLOR[c.status]}
              label={labels.misconductStatus(c.status)}
              sx={{ mr: 1 }}
            />
            {t('staff.misconduct.openedAt', { date: formatDate(c.openedAt) })}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
            {t('staff.misconduct.facts')}：{c.facts}
          </Typography>
          {c.decidedAt ? (
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('staff.misconduct.outcomes')}：{c.outcomes.map(labels.misconductOutcome).join('、') || '—'}
              {c.severity ? ` · ${labels.severity(c.severity)}` : ''}
              {c.proposedAt ? ` · ${t('staff.misconduct.proposedAt')} ${formatDate(c.proposedAt)}` : ''}
              {` · ${t('staff.misconduct.decidedAt')} ${formatDate(c.decidedAt)}`}
            </Typography>
          ) : c.viewerCan.canDecide ? (
            <Box sx={{ mt: 2 }}>
              <DecideMisconductForm staffId={member.id} caseId={c.id} openedAt={c.openedAt} />
            </Box>
          ) : null}
          <Divider sx={{ mt: 2 }} />
        </Box>
      ))}
    </Box>
  );
}
