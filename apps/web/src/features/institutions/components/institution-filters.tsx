import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { InstitutionKind, UnitCode } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { isFiltered, type InstitutionFilterState } from '../hooks/institution-filter';

const SEARCH_DEBOUNCE_MS = 300;
const ALL = '';

export function InstitutionFilters({
  filter,
  onChange,
  onClear,
}: {
  filter: InstitutionFilterState;
  onChange: (filter: InstitutionFilterState) => void;
  onClear: () => void;
}) {
  const t = useT();
  const labels = useLabels();
  const [search, setSearch] = useState(filter.search);

  // Follow the URL when it changes elsewhere (back button, "clear filters").
  useEffect(() => setSearch(filter.search), [filter.search]);

  useEffect(() => {
    if (search === filter.search) return;
    const timer = window.setTimeout(() => onChange({ ...filter, search }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [search, filter, onChange]);

  return (
    <Paper
      component="form"
      role="search"
      aria-label={t('common.filters')}
      variant="outlined"
      sx={{ p: 2, mb: 2, display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...filter, search });
      }}
    >
      <TextField
        id="institutions-search"
        label={t('institutions.searchLabel')}
        placeholder={t('institutions.searchPlaceholder')}
        type="search"
        size="small"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ flex: '2 1 240px' }}
        slotProps={{ htmlInput: { 'data-testid': 'institutions-search' } }}
      />
      <TextField
        id="institutions-kind"
        select
        label={t('institutions.kindLabel')}
        size="small"
        value={filter.kind ?? ALL}
        onChange={(event) =>
          onChange({ ...filter, search, kind: (event.target.value || null) as InstitutionKind | null })
        }
        // Show "all" rather than an empty box when no value is chosen.
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        sx={{ flex: '1 1 180px' }}
        data-testid="institutions-kind"
      >
        <MenuItem value={ALL}>{t('common.all')}</MenuItem>
        {INSTITUTION_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {labels.kind(kind)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="institutions-section"
        select
        label={t('institutions.sectionLabel')}
        size="small"
        value={filter.section ?? ALL}
        onChange={(event) =>
          onChange({ ...filter, search, section: (event.target.value || null) as UnitCode | null })
        }
        // Show "all" rather than an empty box when no value is chosen.
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        sx={{ flex: '1 1 180px' }}
        data-testid="institutions-section"
      >
        <MenuItem value={ALL}>{t('common.all')}</MenuItem>
        {SUPERVISING_SECTIONS.map((section) => (
          <MenuItem key={section} value={section}>
            {labels.unit(section)}
          </MenuItem>
        ))}
      </TextField>
      <Button type="button" onClick={onClear} disabled={!isFiltered(filter) && search === ''}>
        {t('common.clearFilters')}
      </Button>
    </Paper>
  );
}
