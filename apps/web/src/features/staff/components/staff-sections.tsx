import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { Fact, FactList } from '../../../shared/ui/fact-list';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';
import { RuleText } from '../../../shared/rules/rule-info';
import { splitRuleRefs } from '../../../shared/rules/rule-refs';

type Member = StaffMemberFieldsFragment;

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={splitRuleRefs(title).text}
      sx={{ p: 3, mb: 3 }}
      data-testid={testId}
    >
      <Typography variant="h6" component="h2" gutterBottom>
        <RuleText>{title}</RuleText>
      </Typography>
      {children}
    </Paper>
  );
}

/** The member's facts; the ID number is masked unless viewerCan.canReadIdNumber (VET-2, the staff policy). */
export function StaffFacts({ member }: { member: Member }) {
  const t = useT();
  const labels = useStaffLabels();
  return (
    <FactList testId="staff-facts">
      <Fact label={t('staff.member.institution')}>{member.institution.name}</Fact>
      <Fact label={t('staff.member.idNumber')}>
        <Box component="span" sx={{ fontFamily: 'monospace' }} data-testid="staff-id-number">
          {member.viewerCan.canReadIdNumber && member.idNumber ? member.idNumber : member.idNumberMasked}
        </Box>
        {member.viewerCan.canReadIdNumber ? null : (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {t('staff.member.idNumberMaskedHint')}
          </Typography>
        )}
      </Fact>
      <Fact label={t('staff.member.phone')}>{member.phone}</Fact>
      <Fact label={t('staff.member.role')}>{labels.role(member.role)}</Fact>
      <Fact label={t('staff.member.employmentType')}>{labels.employment(member.employmentType)}</Fact>
      <Fact label={t('staff.member.post')}>{member.post}</Fact>
      <Fact label={t('staff.member.hasStudentAccess')}>
        {member.hasStudentAccess ? t('staff.yes') : t('staff.no')}
      </Fact>
      <Fact label={t('staff.member.startedAt')}>
        {member.startedAt ? formatDate(member.startedAt) : t('common.notSet')}
      </Fact>
      {member.activatedAt ? (
        <Fact label={t('staff.member.activatedAt')}>{formatDate(member.activatedAt)}</Fact>
      ) : null}
    </FactList>
  );
}

export function QualificationsList({ qualifications }: { qualifications: Member['qualifications'] }) {
  const t = useT();
  const labels = useStaffLabels();
  if (qualifications.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.qualifications.empty')}
      </Typography>
    );
  }
  return (
    <List dense sx={{ mb: 2 }}>
      {qualifications.map((q) => (
        <ListItem key={q.id} disableGutters data-testid="qualification">
          <ListItemText
            primary={`${labels.qualification(q.kind)} · ${q.number}`}
            secondary={`${t('staff.qualifications.issuedAt')}：${formatDate(q.issuedAt)} · ${
              q.isRevoked
                ? t('staff.qualifications.revoked', { ruleId: q.revokedRuleId ?? 'VET-6' })
                : t('staff.qualifications.valid')
            }`}
          />
        </ListItem>
      ))}
    </List>
  );
}

/** VET-9 and VET-10: next dates, overdue flags and the supervising sections. */
export function DueDatesPanel({ dueDates }: { dueDates: Member['dueDates'] }) {
  const t = useT();
  const labels = useLabels();
  if (!dueDates) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.due.onlyActive')}
      </Typography>
    );
  }
  const rows = [
    { kind: 'RECHECK' as const, due: dueDates.recheck },
    { kind: 'REMINDER_INTERVIEW' as const, due: dueDates.reminderInterview },
  ];
  return (
    <List dense sx={{ mb: 2 }}>
      {rows.map(({ kind, due }) => (
        <ListItem key={kind} disableGutters data-testid={`due-${kind}`}>
          <ListItemText
            primary={
              <>
                <RuleText>{t(`staff.due.${kind}`)}</RuleText>
                {due?.isOverdue ? (
                  <Chip size="small" color="error" label={t('staff.due.overdue')} sx={{ ml: 1 }} />
                ) : null}
              </>
            }
            secondary={
              due
                ? [
                    t('staff.due.next', { date: formatDate(due.dueAt) }),
                    due.lastAt ? t('staff.due.last', { date: formatDate(due.lastAt) }) : t('staff.due.never'),
                    due.supervisedBy.length > 0
                      ? t('staff.due.supervisedBy', { units: due.supervisedBy.map(labels.unit).join('、') })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : t('staff.due.notApplicable')
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

export function InterviewsList({ interviews }: { interviews: Member['interviews'] }) {
  const t = useT();
  if (interviews.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.interviews.empty')}
      </Typography>
    );
  }
  return (
    <List dense sx={{ mb: 2 }}>
      {interviews.map((interview) => (
        <ListItem key={interview.id} disableGutters data-testid="interview">
          <ListItemText
            primary={`${formatDate(interview.interviewedAt)} · ${interview.interviewer}`}
            secondary={interview.notes || undefined}
          />
        </ListItem>
      ))}
    </List>
  );
}
