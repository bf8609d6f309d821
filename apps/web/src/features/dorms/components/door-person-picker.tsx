import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { DormDoorPeopleQuery as People } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { DormDoorPeopleQuery } from '../dorms.graphql';

export type DoorPerson = People['dormDoorPeople'][number];
const SEARCH_DELAY_MS = 250;

/** PRV-4: the person at the door, searched by name in the institution's staff register (the server answers). */
export function DoorPersonPicker({
  value,
  onChange,
}: {
  value: DoorPerson | null;
  onChange: (person: DoorPerson | null) => void;
}) {
  const t = useT();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(DormDoorPeopleQuery, { variables: { search } });
  const label = (p: DoorPerson) => `${p.name} · ${t(`staff.role.${p.role}` as MessageKey)} · ${p.post}`;
  return (
    <Autocomplete<DoorPerson>
      options={data?.dormDoorPeople ?? []}
      value={value}
      loading={loading}
      filterOptions={(all) => all}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('dorms.door.personNone')}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear') setInput('');
      }}
      onChange={(_event, person) => onChange(person)}
      renderOption={(props, option) => (
        <li {...props} key={option.id} data-testid="door-person-option" style={{ minHeight: 48 }}>
          {label(option)}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('dorms.door.person')}
          placeholder={t('dorms.door.personHint')}
          data-testid="door-person"
        />
      )}
    />
  );
}
