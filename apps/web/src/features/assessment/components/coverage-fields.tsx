import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { UnitCode } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { AssessmentInstitutionOptionsQuery } from '../assessment.graphql';
import {
  COVERAGE_MODES,
  KINDS,
  SECTIONS,
  type CoverageChoice,
  type CoverageMode,
  type PickedInstitution,
} from '../lib/period-coverage';

const SEARCH_DELAY_MS = 250;

/** A searchable picker of several institutions in the viewer's scope (the server answers the search). */
function InstitutionsPicker(props: {
  value: PickedInstitution[];
  onChange: (v: PickedInstitution[]) => void;
  error: string | null;
}) {
  const t = useT();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(AssessmentInstitutionOptionsQuery, {
    variables: { search: search || null },
  });
  const options = (data?.institutions.edges ?? []).map((e) => ({ id: e.node.id, name: e.node.name }));
  return (
    <Autocomplete<PickedInstitution, true>
      multiple
      options={options}
      value={props.value}
      loading={loading}
      filterOptions={(all) => all}
      filterSelectedOptions
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('assessment.open.institutionsNone')}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear' || reason === 'reset') setInput('');
      }}
      onChange={(_event, chosen) => props.onChange(chosen)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('assessment.open.institutions')}
          placeholder={t('assessment.open.institutionsHint')}
          error={Boolean(props.error)}
          helperText={props.error ?? t('assessment.open.institutionsHint')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'open-period-institutions' },
          }}
        />
      )}
    />
  );
}

/** ACC-1: every institution (default), a section's, some kinds' or a list, with its own field. */
export function CoverageFields({
  value,
  onChange,
  errors,
}: {
  value: CoverageChoice;
  onChange: (v: CoverageChoice) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id="open-period-coverage">{t('assessment.open.coverage')}</FormLabel>
        <RadioGroup
          aria-labelledby="open-period-coverage"
          value={value.mode}
          onChange={(e) => onChange({ ...value, mode: e.target.value as CoverageMode })}
          data-testid="open-period-mode"
        >
          {COVERAGE_MODES.map((mode) => (
            <FormControlLabel
              key={mode}
              value={mode}
              control={
                <Radio slotProps={{ input: { 'data-testid': `open-period-mode-${mode}` } as object }} />
              }
              label={t(`assessment.open.mode.${mode}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      {value.mode === 'SECTION' && (
        <TextField
          select
          label={t('assessment.open.section')}
          value={value.section ?? ''}
          required
          error={Boolean(errors.section)}
          helperText={errors.section}
          onChange={(e) => onChange({ ...value, section: (e.target.value as UnitCode) || null })}
          slotProps={{
            select: { native: true },
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'open-period-section' },
          }}
        >
          <option value="" />
          {SECTIONS.map((section) => (
            <option key={section} value={section}>
              {t(`unit.${section}`)}
            </option>
          ))}
        </TextField>
      )}
      {value.mode === 'KINDS' && (
        <FormControl error={Boolean(errors.kinds)} required>
          <FormLabel>{t('assessment.open.kinds')}</FormLabel>
          <FormGroup row data-testid="open-period-kinds">
            {KINDS.map((kind) => (
              <FormControlLabel
                key={kind}
                label={t(`kind.${kind}`)}
                control={
                  <Checkbox
                    checked={value.kinds.includes(kind)}
                    onChange={(e) =>
                      onChange({
                        ...value,
                        kinds: e.target.checked
                          ? [...value.kinds, kind]
                          : value.kinds.filter((k) => k !== kind),
                      })
                    }
                    slotProps={{ input: { 'data-testid': `open-period-kind-${kind}` } as object }}
                  />
                }
              />
            ))}
          </FormGroup>
          {errors.kinds ? <FormHelperText>{errors.kinds}</FormHelperText> : null}
        </FormControl>
      )}
      {value.mode === 'LIST' && (
        <InstitutionsPicker
          value={value.institutions}
          onChange={(institutions) => onChange({ ...value, institutions })}
          error={errors.institutionIds ?? null}
        />
      )}
    </Stack>
  );
}
