import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { InstitutionQuery, InstitutionsQuery } from '../../institutions/institutions.graphql';

interface Option {
  id: string;
  name: string;
}

const SEARCH_DELAY_MS = 250;

/** A searchable picker of one institution in the viewer's scope (the server answers the search). */
export function InstitutionPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
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
  // The chosen institution's name, when the link names one that is not among the options.
  const chosen = useQuery(InstitutionQuery, { variables: { id: value ?? '' }, skip: !value });
  const options: Option[] = (data?.institutions.edges ?? []).map((edge) => ({
    id: edge.node.id,
    name: edge.node.name,
  }));
  const selected: Option | null =
    value === null
      ? null
      : (options.find((o) => o.id === value) ??
        (chosen.data?.institution
          ? { id: value, name: chosen.data.institution.name }
          : { id: value, name: '' }));

  return (
    <Autocomplete<Option>
      size="small"
      sx={{ minWidth: 260 }}
      options={options}
      value={selected}
      loading={loading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('caseList.filter.institutionNone')}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear') setInput('');
      }}
      onChange={(_event, option) => onChange(option?.id ?? null)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('caseList.filter.institution')}
          placeholder={t('caseList.filter.institutionHint')}
          data-testid="cases-filter-institution"
        />
      )}
    />
  );
}
