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
  SanctionGround,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useRecordFinding, useSubmitStatement } from '../hooks/use-assessment-mutations';
import { attempt, CountedTextArea, tooLongErrors } from './form-parts';

const FAILURES: HandlingFailure[] = [
  'INEFFECTIVE_SUPERVISION',
  'REFUSED_DISCIPLINE',
  'DELAYED_DISCIPLINE',
  'SHIRKED_OR_CONCEALED',
];
const IMPACTS: Impact[] = ['BAD_INFLUENCE', 'SERIOUS_CONSEQUENCES'];
const GROUNDS: SanctionGround[] = ['NOT_TAKEN_SERIOUSLY', 'INEFFECTIVE_WORK', 'BAD_INFLUENCE'];
const SOURCES: FindingSource[] = ['INSPECT', 'JOINT_TEAM'];

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const cases = assessment.evidence.cases.flatMap((c) => (c.case.caseId ? [c.case] : []));

  const submit = async () => {
    const refused = tooLongErrors(t, [{ testId: 'finding-text', value: text, limit: 'assessmentFinding' }]);
    setErrors(refused);
    if (Object.keys(refused).length > 0) return;
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
        error={errors['finding-text']}
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const refused = tooLongErrors(t, [{ testId: 'statement-text', value: text, limit: 'vetoStatement' }]);
    setErrors(refused);
    if (Object.keys(refused).length === 0)
      setAlert(await attempt(t, () => submitStatement({ assessmentId, text })));
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      onSubmit={(e) => (e.preventDefault(), void submit())}
      data-testid="statement-form"
    >
      <ErrorAlert message={alert} />
      <CountedTextArea
        label={t('assessment.statement.text')}
        value={text}
        onChange={setText}
        limit="vetoStatement"
        testId="statement-text"
        error={errors['statement-text']}
      />
      <Button
        type="submit"
        variant="contained"
        disabled={loading || !text.trim()}
        data-testid="statement-submit"
      >
        {t('assessment.statement.submit')}
      </Button>
    </Stack>
  );
}
