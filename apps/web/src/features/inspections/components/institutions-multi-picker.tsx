import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { InstitutionsQuery } from '../../institutions/institutions.graphql';

export interface InstitutionOption {
  id: string;
  name: string;
}

const SEARCH_DELAY_MS = 250;

/** PRV-1: the institutions a campaign covers, chosen one by one from the viewer's scope (searched by the server). */
export function InstitutionsMultiPicker({
  value,
  onChange,
}: {
  value: InstitutionOption[];
  onChange: (institutions: InstitutionOption[]) => void;
}) {
  const t = useT();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(InstitutionsQuery, {
    variables: { filter: search ? { search } : null, first: 20 },
  });
  const options: InstitutionOption[] = (data?.institutions.edges ?? []).map((edge) => ({
    id: edge.node.id,
    name: edge.node.name,
  }));

  return (
    <Autocomplete<InstitutionOption, true>
      multiple
      options={options}
      value={value}
      loading={loading}
      filterOptions={(all) => all}
      filterSelectedOptions
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('inspections.openForm.institutionsNone')}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear' || reason === 'reset') setInput('');
      }}
      onChange={(_event, options) => onChange(options)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('inspections.openForm.institutions')}
          placeholder={t('inspections.openForm.institutionsHint')}
          data-testid="campaign-institutions-picker"
        />
      )}
    />
  );
}
