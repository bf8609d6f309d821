import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useRecordDisclosure } from '../hooks/use-record-disclosure';
import {
  buildDisclosureFormSchema,
  DISCLOSURE_FIELD_MAX,
  emptyDisclosureForm,
  toRecordDisclosureInput,
  type DisclosureFormValues,
} from './disclosure-form.schema';
import { toBeijingInputValue } from './form-time';
import { useFieldError } from './use-field-error';

const CHANNELS = ['ORAL', 'WRITTEN'] as const;
const CATEGORIES = ['SEXUAL_ASSAULT', 'MOLESTATION', 'ABUSE', 'BULLYING_VIOLENCE', 'OTHER'] as const;
const SUSPECT_TYPES = ['STAFF', 'STUDENT', 'OUTSIDER', 'UNKNOWN'] as const;

// Server field names that map onto a form field, so a server refusal marks the right input.
const SERVER_FIELDS: Record<string, FieldPath<DisclosureFormValues>> = {
  receivedAt: 'receivedAt',
  channel: 'channel',
  category: 'category',
  suspectType: 'suspectType',
  suspectDescription: 'suspectDescription',
  childName: 'childName',
  childClass: 'childClass',
  childStatement: 'childStatement',
};

const systemNow = () => new Date();

/** The teacher's record of a disclosure: under a minute, keyboard only if need be. */
export function DisclosureForm({
  onRecorded,
  now = systemNow,
}: {
  onRecorded: (caseId: string) => void;
  now?: () => Date;
}) {
  const t = useT();
  const labels = useIncidentLabels();
  const fieldError = useFieldError();
  const { recordDisclosure, isRecording } = useRecordDisclosure();
  const [alert, setAlert] = useState<string | null>(null);
  const schema = useMemo(() => buildDisclosureFormSchema(now), [now]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<DisclosureFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyDisclosureForm(toBeijingInputValue(now())),
  });
  const suspectType = watch('suspectType');

  const onSubmit = async (values: DisclosureFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await recordDisclosure(toRecordDisclosureInput(values));
    } catch (error) {
      setAlert(thrownMessage(error, t));
      return;
    }
    switch (outcome.type) {
      case 'DONE':
        onRecorded(outcome.case.id);
        return;
      case 'TIME_REFUSED':
        setError('receivedAt', { message: 'incidents.validation.receivedInFuture' });
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      case 'INVALID_INPUT': {
        const field = outcome.field ? SERVER_FIELDS[outcome.field] : undefined;
        if (field) setError(field, { message: 'errorCode.VALIDATION_FAILED' });
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      }
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;
  // `hint` shows under the field until there is an error to show instead.
  const text = (
    name: 'suspectDescription' | 'childName' | 'childClass' | 'childStatement',
    hint?: string,
  ) => {
    const field = register(name);
    return {
      inputRef: field.ref,
      name: field.name,
      onChange: field.onChange,
      onBlur: field.onBlur,
      error: Boolean(errors[name]),
      helperText: fieldError(errors[name]?.message, DISCLOSURE_FIELD_MAX[name]) ?? hint,
    };
  };
  const received = register('receivedAt');

  const radioGroup = <V extends string>(
    name: 'channel' | 'category' | 'suspectType',
    legend: string,
    values: readonly V[],
    label: (value: V) => string,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl error={Boolean(errors[name])} required>
          <FormLabel id={`disclosure-${name}-label`}>{legend}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={`disclosure-${name}-label`}
            name={field.name}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            data-testid={`disclosure-${name}`}
          >
            {values.map((value) => (
              <FormControlLabel key={value} value={value} control={<Radio />} label={label(value)} />
            ))}
          </RadioGroup>
          {errors[name] ? <FormHelperText>{fieldError(errors[name]?.message)}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="disclosure-form">
      <Stack spacing={3}>
        {alert ? (
          <Alert severity="error" role="alert" data-testid="disclosure-error">
            {alert}
          </Alert>
        ) : null}
        <TextField
          id="disclosure-received-at"
          label={t('incidents.report.receivedAt')}
          type="datetime-local"
          required
          inputRef={received.ref}
          name={received.name}
          onChange={received.onChange}
          onBlur={received.onBlur}
          error={Boolean(errors.receivedAt)}
          helperText={fieldError(errors.receivedAt?.message) ?? t('incidents.report.receivedAtHint')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'disclosure-received-at' } }}
          sx={{ maxWidth: 320 }}
        />
        {radioGroup('channel', t('incidents.report.channel'), CHANNELS, labels.channel)}
        {radioGroup('category', t('incidents.report.category'), CATEGORIES, labels.category)}
        {radioGroup('suspectType', t('incidents.report.suspectType'), SUSPECT_TYPES, labels.suspect)}
        <TextField
          id="disclosure-suspect-description"
          label={t('incidents.report.suspectDescription')}
          {...text('suspectDescription', t('incidents.report.suspectDescriptionHint'))}
          slotProps={{ htmlInput: { 'data-testid': 'disclosure-suspect-description' } }}
        />
        <Stack>
          {suspectType === 'STAFF' ? (
            <Controller
              control={control}
              name="isSuspectHead"
              render={({ field }) => (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={field.value}
                      onChange={(event) => field.onChange(event.target.checked)}
                    />
                  }
                  label={t('incidents.report.isSuspectHead')}
                />
              )}
            />
          ) : null}
          <Controller
            control={control}
            name="isHeadOtherwiseInConflict"
            render={({ field }) => (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                  />
                }
                label={t('incidents.report.isHeadOtherwiseInConflict')}
              />
            )}
          />
          <FormHelperText>{t('incidents.report.conflictHint')}</FormHelperText>
        </Stack>

        <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0 }}>
          <Typography component="legend" variant="subtitle1" sx={{ px: 1 }}>
            {t('incidents.report.childSection')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('incidents.report.childConfidential')}
          </Typography>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                id="disclosure-child-name"
                label={t('incidents.report.childName')}
                required
                autoComplete="off"
                {...text('childName')}
                slotProps={{ htmlInput: { 'data-testid': 'disclosure-child-name' } }}
              />
              <TextField
                id="disclosure-child-class"
                label={t('incidents.report.childClass')}
                required
                autoComplete="off"
                {...text('childClass')}
                slotProps={{ htmlInput: { 'data-testid': 'disclosure-child-class' } }}
              />
            </Stack>
            <TextField
              id="disclosure-child-statement"
              label={t('incidents.report.childStatement')}
              required
              multiline
              minRows={4}
              {...text('childStatement', t('incidents.report.childStatementHint'))}
              slotProps={{ htmlInput: { 'data-testid': 'disclosure-child-statement' } }}
            />
            <Controller
              control={control}
              name="isChildInDanger"
              render={({ field }) => (
                <FormControl error={Boolean(errors.isChildInDanger)} required>
                  <FormLabel id="disclosure-danger-label">{t('incidents.report.isChildInDanger')}</FormLabel>
                  <RadioGroup
                    row
                    aria-labelledby="disclosure-danger-label"
                    name={field.name}
                    value={field.value}
                    onChange={(event) => field.onChange(event.target.value)}
                    onBlur={field.onBlur}
                    data-testid="disclosure-in-danger"
                  >
                    <FormControlLabel
                      value="yes"
                      control={<Radio />}
                      label={t('incidents.report.inDangerYes')}
                    />
                    <FormControlLabel
                      value="no"
                      control={<Radio />}
                      label={t('incidents.report.inDangerNo')}
                    />
                  </RadioGroup>
                  {errors.isChildInDanger ? (
                    <FormHelperText>{fieldError(errors.isChildInDanger.message)}</FormHelperText>
                  ) : null}
                </FormControl>
              )}
            />
          </Stack>
        </Paper>
        <Button
          type="submit"
          variant="contained"
          color="error"
          size="large"
          disabled={busy}
          data-testid="disclosure-submit"
          sx={{ alignSelf: 'flex-start' }}
        >
          {busy ? t('incidents.report.submitting') : t('incidents.report.submit')}
        </Button>
      </Stack>
    </form>
  );
}
