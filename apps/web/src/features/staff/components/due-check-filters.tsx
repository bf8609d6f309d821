import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import type { DueCheckFilter } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { DUE_KINDS } from '../hooks/due-filter';
import { useStaffLabels } from '../lib/staff-labels';
import { InstitutionFilterFields } from './institution-filter-fields';

/**
 * The due list's filters, each one URL parameter (paths.staffDue): kind of check, supervising section,
 * institution kind, street 镇街, one institution (set by a link, removable) and overdue only.
 */
export function DueCheckFilters({
  filter,
  showInstitutionFilters,
  onChange,
  children,
}: {
  filter: DueCheckFilter;
  /** False for a head: her own institution is all she sees. */
  showInstitutionFilters: boolean;
  onChange: (param: string, value: string | null) => void;
  children?: ReactNode;
}) {
  const t = useT();
  const staffLabels = useStaffLabels();
  return (
    <Box
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
      role="group"
      aria-label={t('common.filters')}
    >
      <TextField
        select
        size="small"
        label={t('staff.dueList.kind')}
        value={filter.kind ?? ''}
        onChange={(e) => onChange('kind', e.target.value || null)}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value="">{t('common.all')}</MenuItem>
        {DUE_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {staffLabels.dueKind(kind)}
          </MenuItem>
        ))}
      </TextField>
      {showInstitutionFilters ? (
        <InstitutionFilterFields filter={filter} onChange={onChange} chipTestId="due-institution-filter" />
      ) : null}
      <FormControlLabel
        label={t('staff.dueList.overdueOnly')}
        control={
          <Checkbox
            checked={filter.isOverdue === true}
            onChange={(e) => onChange('overdue', e.target.checked ? '1' : null)}
          />
        }
      />
      <Box sx={{ flex: 1 }} />
      {children}
    </Box>
  );
}
