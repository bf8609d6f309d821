import { INCIDENT_CATEGORIES, SUSPECT_TYPES } from '@xiaohu/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { SuspectStaffPicker } from '../components/suspect-staff-picker';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormRadioGroup, FormTextField, FormTextArea } from '../../../shared/ui/form-fields';
import { validationMessageKey } from '../../../shared/lib/validation-message';
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
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';
import { RuleText } from '../../../shared/rules/rule-info';
import { FormDateTime } from '../../../shared/ui/date-fields';

const CHANNELS = ['ORAL', 'WRITTEN'] as const;
const CATEGORIES = INCIDENT_CATEGORIES;

// Server field names that map onto a form field, so a server refusal marks the right input.
const SERVER_FIELDS: Record<string, FieldPath<DisclosureFormValues>> = {
  receivedAt: 'receivedAt',
  channel: 'channel',
  category: 'category',
  suspectType: 'suspectType',
  suspectDescription: 'suspectDescription',
  suspectStaffId: 'suspectStaff',
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
        if (field) setError(field, { message: validationMessageKey(outcome.textProblem) });
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      }
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="disclosure-form">
      <Stack spacing={3}>
        <ErrorAlert message={alert} testId="disclosure-error" />
        <FormDateTime
          control={control}
          name="receivedAt"
          id="disclosure-received-at"
          label={t('incidents.report.receivedAt')}
          required
          helperText={t('incidents.report.receivedAtHint')}
          testId="disclosure-received-at"
          sx={{ maxWidth: 320 }}
        />
        <FormRadioGroup
          row
          control={control}
          name="channel"
          label={t('incidents.report.channel')}
          labelId="disclosure-channel-label"
          testId="disclosure-channel"
          options={CHANNELS.map((value) => ({ value, label: labels.channel(value) }))}
        />
        <FormRadioGroup
          row
          control={control}
          name="category"
          label={t('incidents.report.category')}
          labelId="disclosure-category-label"
          testId="disclosure-category"
          options={CATEGORIES.map((value) => ({ value, label: labels.category(value) }))}
        />
        <FormRadioGroup
          row
          control={control}
          name="suspectType"
          label={t('incidents.report.suspectType')}
          labelId="disclosure-suspectType-label"
          testId="disclosure-suspectType"
          options={SUSPECT_TYPES.map((value) => ({ value, label: labels.suspect(value) }))}
        />
        {suspectType === 'STAFF' ? (
          <Controller
            control={control}
            name="suspectStaff"
            render={({ field, fieldState }) => (
              <SuspectStaffPicker
                value={field.value}
                onChange={field.onChange}
                isInvalid={Boolean(fieldState.error)}
              />
            )}
          />
        ) : null}
        <FormTextField
          id="disclosure-suspect-description"
          label={t('incidents.report.suspectDescription')}
          registration={register('suspectDescription')}
          fieldError={errors.suspectDescription}
          max={DISCLOSURE_FIELD_MAX.suspectDescription}
          helperText={t('incidents.report.suspectDescriptionHint')}
          testId="disclosure-suspect-description"
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
          <FormHelperText>
            <RuleText>{t('incidents.report.conflictHint')}</RuleText>
          </FormHelperText>
        </Stack>

        <Paper variant="outlined" component="fieldset" sx={{ p: 2, m: 0 }}>
          <Typography component="legend" variant="subtitle1" sx={{ px: 1 }}>
            {t('incidents.report.childSection')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            <RuleText>{t('incidents.report.childConfidential')}</RuleText>
          </Typography>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormTextField
                id="disclosure-child-name"
                label={t('incidents.report.childName')}
                required
                autoComplete="off"
                fullWidth={false}
                registration={register('childName')}
                fieldError={errors.childName}
                max={DISCLOSURE_FIELD_MAX.childName}
                testId="disclosure-child-name"
              />
              <FormTextField
                id="disclosure-child-class"
                label={t('incidents.report.childClass')}
                required
                autoComplete="off"
                fullWidth={false}
                registration={register('childClass')}
                fieldError={errors.childClass}
                max={DISCLOSURE_FIELD_MAX.childClass}
                testId="disclosure-child-class"
              />
            </Stack>
            <FormTextArea
              control={control}
              id="disclosure-child-statement"
              label={t('incidents.report.childStatement')}
              required
              minRows={4}
              registration={register('childStatement')}
              fieldError={errors.childStatement}
              max={DISCLOSURE_FIELD_MAX.childStatement}
              helperText={t('incidents.report.childStatementHint')}
              testId="disclosure-child-statement"
            />
            <FormRadioGroup
              row
              control={control}
              name="isChildInDanger"
              label={t('incidents.report.isChildInDanger')}
              labelId="disclosure-danger-label"
              testId="disclosure-in-danger"
              options={[
                { value: 'yes', label: t('incidents.report.inDangerYes') },
                { value: 'no', label: t('incidents.report.inDangerNo') },
              ]}
            />
          </Stack>
        </Paper>
        <StickyActionBar testId="disclosure-actions">
          <Button
            type="submit"
            variant="contained"
            color="error"
            size="large"
            disabled={busy}
            data-testid="disclosure-submit"
          >
            {busy ? t('incidents.report.submitting') : t('incidents.report.submit')}
          </Button>
        </StickyActionBar>
      </Stack>
    </form>
  );
}
