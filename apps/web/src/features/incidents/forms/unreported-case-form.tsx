import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
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
import { useFieldError } from './use-field-error';

const CATEGORIES = ['SEXUAL_ASSAULT', 'MOLESTATION', 'ABUSE', 'BULLYING_VIOLENCE', 'OTHER'] as const;
const SUSPECT_TYPES = ['STAFF', 'STUDENT', 'OUTSIDER', 'UNKNOWN'] as const;
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
  const fieldError = useFieldError();
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
  const learnedAt = register('learnedAt');
  const note = register('note');
  const select = <V extends string>(
    name: 'category' | 'suspectType' | 'source',
    label: string,
    values: readonly V[],
    text: (value: V) => string,
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          select
          id={`unreported-${name}`}
          label={label}
          required
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(errors[name])}
          helperText={fieldError(errors[name]?.message)}
        >
          {values.map((value) => (
            <MenuItem key={value} value={value}>
              {text(value)}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="unreported-case-form">
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('incidents.unreported.hint')}
        </Typography>
        {alert ? (
          <Alert severity="error" role="alert">
            {alert}
          </Alert>
        ) : null}
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
        {select('category', t('incidents.report.category'), CATEGORIES, labels.category)}
        {select('suspectType', t('incidents.report.suspectType'), SUSPECT_TYPES, labels.suspect)}
        {select('source', t('incidents.external.source'), EXTERNAL_SOURCE_OPTIONS, labels.source)}
        <TextField
          id="unreported-learned-at"
          label={t('incidents.external.learnedAt')}
          type="datetime-local"
          required
          inputRef={learnedAt.ref}
          name={learnedAt.name}
          onChange={learnedAt.onChange}
          onBlur={learnedAt.onBlur}
          error={Boolean(errors.learnedAt)}
          helperText={fieldError(errors.learnedAt?.message)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          id="unreported-note"
          label={t('incidents.external.note')}
          multiline
          minRows={2}
          inputRef={note.ref}
          name={note.name}
          onChange={note.onChange}
          onBlur={note.onBlur}
          error={Boolean(errors.note)}
          helperText={fieldError(errors.note?.message, EXTERNAL_NOTE_MAX)}
        />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={onCancel}>{t('incidents.unreported.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? t('incidents.external.submitting') : t('incidents.unreported.submit')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
