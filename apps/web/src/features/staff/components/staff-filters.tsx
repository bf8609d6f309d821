import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { isStaffFiltered, type StaffFilterState } from '../hooks/staff-filter';
import { useStaffLabels } from '../lib/staff-labels';

const CHIP_STATUSES = ['CANDIDATE', 'ACTIVE', 'BLOCKED'] as const;

/** Search by name or masked ID (sent on submit), and status chips 候选 / 在岗 / 已阻止. */
export function StaffFilters({
  filter,
  onChange,
  onClear,
}: {
  filter: StaffFilterState;
  onChange: (filter: StaffFilterState) => void;
  onClear: () => void;
}) {
  const t = useT();
  const labels = useStaffLabels();
  const [search, setSearch] = useState(filter.search);
  useEffect(() => setSearch(filter.search), [filter.search]);

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('common.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...filter, search });
      }}
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}
    >
      <TextField
        size="small"
        label={t('staff.searchLabel')}
        placeholder={t('staff.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ minWidth: 280 }}
        slotProps={{ htmlInput: { 'data-testid': 'staff-search' } }}
      />
      <Button type="submit" variant="contained" data-testid="staff-search-submit">
        {t('common.search')}
      </Button>
      <Box role="group" aria-label={t('staff.statusLabel')} sx={{ display: 'flex', gap: 1 }}>
        {CHIP_STATUSES.map((status) => {
          const selected = filter.status === status;
          return (
            <Chip
              key={status}
              label={labels.status(status)}
              color={selected ? 'primary' : 'default'}
              variant={selected ? 'filled' : 'outlined'}
              aria-pressed={selected}
              onClick={() => onChange({ ...filter, search, status: selected ? null : status })}
              data-testid={`staff-status-filter-${status}`}
            />
          );
        })}
      </Box>
      {isStaffFiltered(filter) ? <Button onClick={onClear}>{t('common.clearFilters')}</Button> : null}
    </Box>
  );
}
