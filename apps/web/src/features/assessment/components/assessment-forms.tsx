import { TEXT_LIMITS, type TextField as LimitedField } from '@xiaohu/domain';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type {
  AssessmentFieldsFragment,
  FindingSource,
  HandlingFailure,
  Impact,
  Sanction,
  SanctionGround,
  VetoDecision,
} from '../../../gql/graphql';
import { useT, type Translate } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import type { AssessmentOutcome } from '../hooks/assessment-outcome';
import {
  useRecordFinding,
  useRecordSanction,
  useReviewVeto,
  useSubmitStatement,
} from '../hooks/use-assessment-mutations';

const FAILURES: HandlingFailure[] = [
  'INEFFECTIVE_SUPERVISION',
  'REFUSED_DISCIPLINE',
  'DELAYED_DISCIPLINE',
  'SHIRKED_OR_CONCEALED',
];
const IMPACTS: Impact[] = ['BAD_INFLUENCE', 'SERIOUS_CONSEQUENCES'];
const GROUNDS: SanctionGround[] = ['NOT_TAKEN_SERIOUSLY', 'INEFFECTIVE_WORK', 'BAD_INFLUENCE'];
const SOURCES: FindingSource[] = ['INSPECT', 'JOINT_TEAM'];

/** The refusal's text, or null once saved. */
async function attempt(t: Translate, run: () => Promise<AssessmentOutcome>): Promise<string | null> {
  try {
    const outcome = await run();
    return outcome.type === 'SAVED' ? null : t(`assessment.error.${outcome.type}`);
  } catch {
    return t('assessment.error.network');
  }
}

/** A text area with its limit from the domain (TEXT_LIMITS) and a character counter. */
function CountedTextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  limit: LimitedField;
  testId: string;
}) {
  const t = useT();
  const max = TEXT_LIMITS[props.limit];
  return (
    <TextField
      label={props.label}
      value={props.value}
      multiline
      minRows={3}
      required
      error={props.value.length > max}
      onChange={(e) => props.onChange(e.target.value)}
      helperText={t('assessment.characters', { count: props.value.length, max })}
      slotProps={{ htmlInput: { 'data-testid': props.testId } }}
    />
  );
}

function Checks<T extends string>(props: {
  label: string;
  values: readonly T[];
  chosen: T[];
  onChange: (v: T[]) => void;
  text: (v: T) => string;
  testId: string;
}) {
  return (
    <FormGroup data-testid={props.testId}>
      <FormLabel>{props.label}</FormLabel>
      <Stack direction="row" sx={{ flexWrap: 'wrap' }}>
        {props.values.map((v) => (
          <FormControlLabel
            key={v}
            label={props.text(v)}
            control={
              <Checkbox
                checked={props.chosen.includes(v)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked ? [...props.chosen, v] : props.chosen.filter((x) => x !== v),
                  )
                }
                slotProps={{ input: { 'data-testid': `${props.testId}-${v}` } as object }}
              />
            }
          />
        ))}
      </Stack>
    </FormGroup>
  );
}

/** ACC-1, ACC-3: 督导室 records a finding; failures and impacts go on one of the evidence's cases. */
export function FindingForm({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const t = useT();
  const { recordFinding, loading } = useRecordFinding();
  const [source, setSource] = useState<FindingSource>('INSPECT');
  const [text, setText] = useState('');
  const [points, setPoints] = useState('0');
  const [caseId, setCaseId] = useState('');
  const [failures, setFailures] = useState<HandlingFailure[]>([]);
  const [impacts, setImpacts] = useState<Impact[]>([]);
  const [grounds, setGrounds] = useState<SanctionGround[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const cases = assessment.evidence.cases.flatMap((c) => (c.case.caseId ? [c.case] : []));

  const submit = async () => {
    const failed = await attempt(t, () =>
      recordFinding({
        assessmentId: assessment.id,
        source,
        text,
        points: Number(points) || 0,
        caseId: caseId || null,
        failures: caseId ? failures : [],
        impacts: caseId ? impacts : [],
        sanctionGrounds: grounds,
      }),
    );
    setAlert(failed);
    if (!failed) {
      setText('');
      setFailures([]);
      setImpacts([]);
      setGrounds([]);
    }
  };

  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(e) => (e.preventDefault(), void submit())}
      data-testid="finding-form"
    >
      <ErrorAlert message={alert} />
      <TextField
        select
        label={t('assessment.finding.source')}
        value={source}
        onChange={(e) => setSource(e.target.value as FindingSource)}
      >
        {SOURCES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`assessment.source.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <CountedTextArea
        label={t('assessment.finding.text')}
        value={text}
        onChange={setText}
        limit="assessmentFinding"
        testId="finding-text"
      />
      <TextField
        label={t('assessment.finding.points')}
        type="number"
        value={points}
        onChange={(e) => setPoints(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'finding-points', min: -100, max: 100 } }}
      />
      <TextField
        select
        label={t('assessment.finding.case')}
        value={caseId}
        onChange={(e) => setCaseId(e.target.value)}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'finding-case' } as object } }}
      >
        <MenuItem value="">{t('assessment.finding.noCase')}</MenuItem>
        {cases.map((c) => (
          <MenuItem key={c.caseId} value={c.caseId!} data-testid="finding-case-option">
            {c.category ? t(`incidents.category.${c.category}`) : c.caseId}
          </MenuItem>
        ))}
      </TextField>
      {caseId && (
        <>
          <Checks
            label={t('assessment.finding.failures')}
            values={FAILURES}
            chosen={failures}
            onChange={setFailures}
            text={(v) => t(`assessment.failure.${v}`)}
            testId="finding-failure"
          />
          <Checks
            label={t('assessment.finding.impacts')}
            values={IMPACTS}
            chosen={impacts}
            onChange={setImpacts}
            text={(v) => t(`assessment.impact.${v}`)}
            testId="finding-impact"
          />
        </>
      )}
      <Checks
        label={t('assessment.finding.grounds')}
        values={GROUNDS}
        chosen={grounds}
        onChange={setGrounds}
        text={(v) => t(`assessment.ground.${v}`)}
        testId="finding-ground"
      />
      <Button
        type="submit"
        variant="contained"
        disabled={loading || !text.trim()}
        data-testid="finding-submit"
      >
        {t('assessment.finding.submit')}
      </Button>
    </Stack>
  );
}

/** ACC-5: the head's written statement 申辩. */
export function StatementForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const { submitStatement, loading } = useSubmitStatement();
  const [text, setText] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  return (
    <Stack spacing={2} data-testid="statement-form">
      <ErrorAlert message={alert} />
      <CountedTextArea
        label={t('assessment.statement.text')}
        value={text}
        onChange={setText}
        limit="vetoStatement"
        testId="statement-text"
      />
      <Button
        variant="contained"
        disabled={loading || !text.trim()}
        onClick={() => void attempt(t, () => submitStatement({ assessmentId, text })).then(setAlert)}
        data-testid="statement-submit"
      >
        {t('assessment.statement.submit')}
      </Button>
    </Stack>
  );
}

/** ACC-5: a leader confirms or rejects with a written reason, after a confirmation dialog. */
export function ReviewForm({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const { reviewVeto, loading } = useReviewVeto();
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState<VetoDecision | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const confirm = async (chosen: VetoDecision) => {
    const failed = await attempt(t, () => reviewVeto({ assessmentId, decision: chosen, reason }));
    setDecision(null);
    setAlert(failed);
  };
  return (
    <Stack spacing={2} data-testid="review-form">
      <ErrorAlert message={alert} />
      <CountedTextArea
        label={t('assessment.review.reason')}
        value={reason}
        onChange={setReason}
        limit="vetoReviewReason"
        testId="review-reason"
      />
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          color="error"
          disabled={!reason.trim()}
          onClick={() => setDecision('CONFIRM')}
          data-testid="review-confirm"
        >
          {t('assessment.review.confirm')}
        </Button>
        <Button
          variant="outlined"
          disabled={!reason.trim()}
          onClick={() => setDecision('REJECT')}
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
  const isInterview = sanction === 'INTERVIEW';
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
    <Stack spacing={2} data-testid="sanction-form">
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
          <TextField
            label={t('assessment.sanction.interviewAt')}
            type="date"
            value={interviewAt}
            onChange={(e) => setInterviewAt(e.target.value)}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'sanction-interview-at' },
            }}
          />
          <CountedTextArea
            label={t('assessment.sanction.attendees')}
            value={attendees}
            onChange={setAttendees}
            limit="interviewAttendees"
            testId="sanction-attendees"
          />
          <CountedTextArea
            label={t('assessment.sanction.minutes')}
            value={minutes}
            onChange={setMinutes}
            limit="interviewMinutes"
            testId="sanction-minutes"
          />
        </>
      )}
      <Button variant="contained" onClick={() => setConfirming(true)} data-testid="sanction-submit">
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
