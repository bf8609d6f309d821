import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { CheckRecordsTable } from '../components/check-records-table';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { MisconductCases } from '../components/misconduct-cases';
import {
  DueDatesPanel,
  InterviewsList,
  QualificationsList,
  Section,
  StaffFacts,
} from '../components/staff-sections';
import { StaffStatusChip } from '../components/staff-status-chip';
import { VettingDecisionPanel } from '../components/vetting-decision-panel';
import { InterviewForm } from '../forms/interview-form';
import { OpenMisconductForm } from '../forms/open-misconduct-form';
import { QualificationForm } from '../forms/qualification-form';
import { RecordCheckForm } from '../forms/record-check-form';
import { useActivateStaff } from '../hooks/use-activate-staff';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import { StaffMemberQuery } from '../staff.graphql';

export function StaffMemberPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(StaffMemberQuery, { variables: { id } });
  const back = (
    <Button component={RouterLink} to={paths.staff()} variant="outlined">
      {t('staff.backToList')}
    </Button>
  );
  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const member = data?.staffMember;
  // Missing and out of scope get the same answer.
  if (!member) {
    return (
      <EmptyState
        title={t('staff.member.notFound.title')}
        body={t('staff.member.notFound.body')}
        action={back}
      />
    );
  }
  return <StaffMemberView member={member} back={back} />;
}

function StaffMemberView({ member, back }: { member: StaffMemberFieldsFragment; back: ReactNode }) {
  const t = useT();
  const labels = useStaffLabels();
  const viewer = useViewer();
  const { activate, isActivating } = useActivateStaff();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  // What this viewer may do is the domain's staff policy, answered by the server (viewerCan).
  const can = member.viewerCan;
  const checks = can.recordableChecks;

  const onActivate = async () => {
    setConfirming(false);
    setNotice(null);
    let outcome;
    try {
      outcome = await activate(member.id);
    } catch {
      setNotice({ severity: 'error', text: t('staff.form.networkError') });
      return;
    }
    switch (outcome.type) {
      case 'ACTIVATED':
        setNotice({ severity: 'success', text: t('staff.activate.done') });
        return;
      case 'NOT_FOUND':
      case 'NOT_CLEAR':
      case 'INVALID_STATE':
      case 'FORBIDDEN':
        setNotice({ severity: 'error', text: failureMessage(outcome, t, labels) });
        return;
      default:
        assertNever(outcome);
    }
  };

  return (
    <>
      <PageHeader
        title={member.name}
        subtitle={
          <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
            <StaffStatusChip status={member.status} />
            {labels.role(member.role)} · {member.institution.name}
          </Box>
        }
        actions={
          <Box sx={{ display: 'flex', gap: 1 }}>
            {can.canActivate ? (
              <Button
                variant="contained"
                color="success"
                onClick={() => setConfirming(true)}
                disabled={isActivating}
                data-testid="staff-activate"
              >
                {t('staff.activate')}
              </Button>
            ) : null}
            {back}
          </Box>
        }
      />
      {notice ? (
        <Alert
          severity={notice.severity}
          sx={{ mb: 2 }}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          data-testid="staff-notice"
        >
          {notice.text}
        </Alert>
      ) : null}
      <VettingDecisionPanel decision={member.vetting} />

      <Section title={t('staff.member.facts')} testId="staff-facts-section">
        <StaffFacts member={member} />
      </Section>

      <Section title={t('staff.checks.title')} testId="staff-checks-section">
        <CheckRecordsTable checks={member.checks} />
        {checks.length > 0 ? (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              {t('staff.recordCheck.title')}：{t('staff.recordCheck.hint')}
            </Alert>
            <RecordCheckForm
              key={checks.join()}
              staffId={member.id}
              checks={checks}
              checksWithFindings={member.vetting.checksWithFindings}
              checkedBy={viewer.displayName}
              onRecorded={() => setNotice({ severity: 'success', text: t('staff.recordCheck.done') })}
            />
          </>
        ) : null}
      </Section>

      <Section title={t('staff.qualifications.title')} testId="staff-qualifications-section">
        <QualificationsList qualifications={member.qualifications} />
        {can.canRecordQualification ? (
          <QualificationForm
            staffId={member.id}
            onRecorded={() => setNotice({ severity: 'success', text: t('staff.qualifications.done') })}
          />
        ) : null}
      </Section>

      <Section title={t('staff.due.title')} testId="staff-due-section">
        <DueDatesPanel dueDates={member.dueDates} />
        <InterviewsList interviews={member.interviews} />
        {can.canRecordInterview ? (
          <InterviewForm
            staffId={member.id}
            interviewer={viewer.displayName}
            onRecorded={() => setNotice({ severity: 'success', text: t('staff.interviews.done') })}
          />
        ) : null}
      </Section>

      <Section title={t('staff.misconduct.title')} testId="staff-misconduct-section">
        <MisconductCases member={member} />
        {can.canOpenMisconductCase ? (
          <OpenMisconductForm
            staffId={member.id}
            onOpened={() => setNotice({ severity: 'success', text: t('staff.misconduct.opened') })}
          />
        ) : null}
      </Section>

      <ConfirmDialog
        open={confirming}
        title={t('staff.activate.confirmTitle')}
        body={t('staff.activate.confirmBody', { name: member.name })}
        busy={isActivating}
        onConfirm={() => void onActivate()}
        onCancel={() => setConfirming(false)}
        testId="activate-dialog"
      />
    </>
  );
}
