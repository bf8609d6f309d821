import { INCIDENT_CATEGORIES, SUSPECT_TYPES } from '@xiaohu/domain';
import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormMenuSelect, useFieldErrorText, FormTextArea } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useRecordExternalSource } from '../hooks/use-record-external-source';
import { IncidentInstitutionOptionsQuery } from '../incidents.graphql';
import {
  buildUnreportedCaseFormSchema,
  EXTERNAL_NOTE_MAX,
  EXTERNAL_SOURCE_OPTIONS,
  toUnreportedCaseInput,
  type UnreportedCaseFormValues,
} from './external-source-form.schema';
import { toBeijingInputValue } from './form-time';
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';
import { RuleText } from '../../../shared/rules/rule-info';
import { FormDateTime } from '../../../shared/ui/date-fields';

const CATEGORIES = INCIDENT_CATEGORIES;
const systemNow = () => new Date();

type InstitutionOption = { id: string; name: string };

/** REP-8, REP-4: 安稳办 opens a case the school never reported; the API records the 瞒报. */
export function UnreportedCaseForm({
  onRecorded,
  onCancel,
  now = systemNow,
}: {
  onRecorded: (caseId: string) => void;
  onCancel: () => void;
  now?: () => Date;
}) {
  const t = useT();
  const labels = useIncidentLabels();
  const fieldError = useFieldErrorText();
  const { recordExternalSource, isRecording } = useRecordExternalSource();
  const [alert, setAlert] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const { data: options, loading: isSearching } = useQuery(IncidentInstitutionOptionsQuery, {
    variables: { search: search.trim() || null },
  });
  const institutions: InstitutionOption[] = options?.institutions.edges.map((edge) => edge.node) ?? [];
  const schema = useMemo(() => buildUnreportedCaseFormSchema(now), [now]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UnreportedCaseFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      institutionId: '',
      category: '',
      suspectType: '',
      source: '',
      learnedAt: toBeijingInputValue(now()),
      note: '',
    },
  });

  const onSubmit = async (values: UnreportedCaseFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await recordExternalSource(toUnreportedCaseInput(values));
    } catch (error) {
      setAlert(thrownMessage(error, t));
      return;
    }
    switch (outcome.type) {
      case 'DONE':
        onRecorded(outcome.case.id);
        return;
      case 'TIME_REFUSED':
        setError('learnedAt', { message: 'incidents.validation.timeInFuture' });
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      case 'INVALID_INPUT':
      case 'NOT_FOUND':
      case 'FORBIDDEN':
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="unreported-case-form">
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          <RuleText>{t('incidents.unreported.hint')}</RuleText>
        </Typography>
        <ErrorAlert message={alert} />
        <Controller
          control={control}
          name="institutionId"
          render={({ field }) => (
            <Autocomplete<InstitutionOption>
              options={institutions}
              loading={isSearching}
              filterOptions={(all) => all}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              noOptionsText={t('incidents.unreported.noOptions')}
              onInputChange={(_event, value) => setSearch(value)}
              onChange={(_event, value) => field.onChange(value?.id ?? '')}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={t('incidents.unreported.institution')}
                  placeholder={t('incidents.unreported.institutionSearch')}
                  required
                  inputRef={field.ref}
                  error={Boolean(errors.institutionId)}
                  helperText={fieldError(errors.institutionId?.message)}
                />
              )}
            />
          )}
        />
        <FormMenuSelect
          control={control}
          name="category"
          id="unreported-category"
          label={t('incidents.report.category')}
          options={CATEGORIES.map((value) => ({ value, label: labels.category(value) }))}
        />
        <FormMenuSelect
          control={control}
          name="suspectType"
          id="unreported-suspectType"
          label={t('incidents.report.suspectType')}
          options={SUSPECT_TYPES.map((value) => ({ value, label: labels.suspect(value) }))}
        />
        <FormMenuSelect
          control={control}
          name="source"
          id="unreported-source"
          label={t('incidents.external.source')}
          options={EXTERNAL_SOURCE_OPTIONS.map((value) => ({ value, label: labels.source(value) }))}
        />
        <FormDateTime
          control={control}
          name="learnedAt"
          id="unreported-learned-at"
          label={t('incidents.external.learnedAt')}
          required
        />
        <FormTextArea
          control={control}
          id="unreported-note"
          label={t('incidents.external.note')}
          minRows={2}
          registration={register('note')}
          fieldError={errors.note}
          max={EXTERNAL_NOTE_MAX}
          testId="unreported-note"
        />
        <StickyActionBar testId="unreported-case-actions">
          <Button onClick={onCancel}>{t('incidents.unreported.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? t('incidents.external.submitting') : t('incidents.unreported.submit')}
          </Button>
        </StickyActionBar>
      </Stack>
    </form>
  );
}
