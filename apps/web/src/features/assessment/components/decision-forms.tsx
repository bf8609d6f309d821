import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { AssessmentFieldsFragment, Sanction, VetoDecision } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useRecordSanction, useReviewVeto } from '../hooks/use-assessment-mutations';
import { attempt, CountedTextArea, tooLongErrors } from './form-parts';
import { DateInput } from '../../../shared/ui/date-fields';

/** ACC-5: a leader confirms or rejects with a written reason, after a confirmation dialog. */
export function ReviewForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const { reviewVeto, loading } = useReviewVeto();
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<VetoDecision | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The reason is checked before the confirmation is asked; nothing is sent while it is too long.
  const check = (chosen: VetoDecision | null) => {
    const refused = tooLongErrors(t, [{ testId: 'review-reason', value: reason, limit: 'vetoReviewReason' }]);
    setErrors(refused);
    if (Object.keys(refused).length === 0 && chosen) setDecision(chosen);
  };
  const confirm = async (chosen: VetoDecision) => {
    const failed = await attempt(t, () => reviewVeto({ assessmentId, decision: chosen, reason }));
    setDecision(null);
    setAlert(failed);
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(e) => (e.preventDefault(), check(null))}
      data-testid="review-form"
    >
      <ErrorAlert message={alert} />
      <CountedTextArea
        label={t('assessment.review.reason')}
        value={reason}
        onChange={setReason}
        limit="vetoReviewReason"
        testId="review-reason"
        error={errors['review-reason']}
      />
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          color="error"
          disabled={!reason.trim()}
          onClick={() => check('CONFIRM')}
          data-testid="review-confirm"
        >
          {t('assessment.review.confirm')}
        </Button>
        <Button
          variant="outlined"
          disabled={!reason.trim()}
          onClick={() => check('REJECT')}
          data-testid="review-reject"
        >
          {t('assessment.review.reject')}
        </Button>
      </Stack>
      <ConfirmDialog
        open={decision !== null}
        title={t(
          decision ? `assessment.review.confirmTitle.${decision}` : 'assessment.review.confirmTitle.CONFIRM',
        )}
        body={t('assessment.review.confirmBody')}
        busy={loading}
        onConfirm={() => decision && void confirm(decision)}
        onCancel={() => setDecision(null)}
        testId="review-dialog"
      />
    </Stack>
  );
}

/** ACC-2: a leader records one of the sanctions sanctionOptions allows; an interview with its details. */
export function SanctionForm({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  const { recordSanction, loading } = useRecordSanction();
  const options = assessment.sanctionOptions.map((o) => o.sanction);
  const [sanction, setSanction] = useState<Sanction>(options[0] ?? 'WARNING');
  const [interviewAt, setInterviewAt] = useState('');
  const [attendees, setAttendees] = useState('');
  const [minutes, setMinutes] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isInterview = sanction === 'INTERVIEW';
  const check = () => {
    const refused = isInterview
      ? tooLongErrors(t, [
          { testId: 'sanction-attendees', value: attendees, limit: 'interviewAttendees' },
          { testId: 'sanction-minutes', value: minutes, limit: 'interviewMinutes' },
        ])
      : {};
    setErrors(refused);
    if (Object.keys(refused).length === 0) setConfirming(true);
  };
  const submit = async () => {
    const failed = await attempt(t, () =>
      recordSanction({
        assessmentId: assessment.id,
        sanction,
        ...(isInterview
          ? {
              interviewAt: interviewAt ? new Date(`${interviewAt}T00:00:00+08:00`).toISOString() : null,
              interviewAttendees: attendees,
              interviewMinutes: minutes,
            }
          : {}),
      }),
    );
    setConfirming(false);
    setAlert(failed);
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(e) => (e.preventDefault(), check())}
      data-testid="sanction-form"
    >
      <ErrorAlert message={alert} />
      <TextField
        select
        label={t('assessment.sanction.choose')}
        value={sanction}
        onChange={(e) => setSanction(e.target.value as Sanction)}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'sanction-choose' } as object } }}
      >
        {options.map((o) => (
          <MenuItem key={o} value={o} data-testid={`sanction-option-${o}`}>
            {t(`assessment.sanction.${o}`)}
          </MenuItem>
        ))}
      </TextField>
      {isInterview && (
        <>
          <DateInput
            kind="day"
            label={t('assessment.sanction.interviewAt')}
            value={interviewAt}
            onChange={setInterviewAt}
            testId="sanction-interview-at"
            fullWidth={false}
          />
          <CountedTextArea
            label={t('assessment.sanction.attendees')}
            value={attendees}
            onChange={setAttendees}
            limit="interviewAttendees"
            testId="sanction-attendees"
            error={errors['sanction-attendees']}
          />
          <CountedTextArea
            label={t('assessment.sanction.minutes')}
            value={minutes}
            onChange={setMinutes}
            limit="interviewMinutes"
            testId="sanction-minutes"
            error={errors['sanction-minutes']}
          />
        </>
      )}
      <Button type="submit" variant="contained" data-testid="sanction-submit">
        {t('assessment.sanction.submit')}
      </Button>
      <ConfirmDialog
        open={isConfirming}
        title={t('assessment.sanction.confirmTitle')}
        body={t('assessment.sanction.confirmBody')}
        busy={loading}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        testId="sanction-dialog"
      />
    </Stack>
  );
}
