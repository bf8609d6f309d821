import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { AccountInstitutionChoicesQuery } from '../accounts.graphql';

interface Choice {
  id: string;
  name: string;
}

/** Picks an institution by typing part of its name (the server searches). */
export function InstitutionChoice({
  value,
  onChange,
  error,
}: {
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  error?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(AccountInstitutionChoicesQuery, {
    variables: { search: search || null },
  });
  const options = data?.institutions.edges.map((edge) => edge.node) ?? [];
  return (
    <Autocomplete
      options={options}
      value={value}
      loading={loading}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      onChange={(_event, choice) => onChange(choice)}
      onInputChange={(_event, text) => setSearch(text)}
      noOptionsText={t('accounts.create.noInstitution')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('accounts.create.institution')}
          error={Boolean(error)}
          helperText={error ?? t('accounts.create.institutionHelp')}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'create-institution' },
          }}
        />
      )}
    />
  );
}
