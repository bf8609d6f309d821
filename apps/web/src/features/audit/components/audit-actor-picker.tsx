import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { AuditActorsQuery } from '../audit.graphql';
import type { AuditActorOption } from '../hooks/audit-filter';

const SEARCH_DELAY_MS = 250;

/** Issue 10: pick the person whose actions to show, by name (the server searches its accounts). */
export function AuditActorPicker({
  value,
  onChange,
}: {
  value: AuditActorOption | null;
  onChange: (value: AuditActorOption | null) => void;
}) {
  const t = useT();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(input.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [input]);
  const { data, previousData, loading, error } = useQuery(AuditActorsQuery, {
    variables: { search: search || null, first: 20 },
  });
  const options = (data ?? previousData)?.auditActors ?? [];
  return (
    <Autocomplete
      id="audit-actor"
      data-testid="audit-actor"
      sx={{ minWidth: 240 }}
      size="small"
      options={options}
      value={value}
      onChange={(_event, picked) => onChange(picked)}
      onInputChange={(_event, text, reason) => {
        // Picking fills the input with the label; only typing is a search.
        if (reason === 'input' || reason === 'clear') setInput(reason === 'clear' ? '' : text);
      }}
      filterOptions={(all) => all}
      getOptionLabel={(option) => `${option.displayName}（${option.username}）`}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      loading={loading}
      loadingText={t('audit.actorLoading')}
      noOptionsText={t(error ? 'audit.actorLoadFailed' : 'audit.actorNoMatch')}
      renderInput={(params) => <TextField {...params} label={t('audit.actorLabel')} />}
    />
  );
}
