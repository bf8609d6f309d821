import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { INSTITUTION_KINDS } from '@xiaohu/domain';
import { useState, type ReactNode } from 'react';
import type { DueCheckFilter } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { DUE_KINDS, SUPERVISING } from '../hooks/due-filter';
import { useStaffLabels } from '../lib/staff-labels';

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
  const labels = useLabels();
  const staffLabels = useStaffLabels();
  const [street, setStreet] = useState(filter.street ?? '');
  const applyStreet = () => {
    if ((street.trim() || null) !== (filter.street ?? null)) onChange('street', street.trim() || null);
  };
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
        <>
          <TextField
            select
            size="small"
            label={t('staff.dueList.section')}
            value={filter.section ?? ''}
            onChange={(e) => onChange('section', e.target.value || null)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {SUPERVISING.map((unit) => (
              <MenuItem key={unit} value={unit}>
                {labels.unit(unit)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('staff.dueList.institutionKind')}
            value={filter.institutionKind ?? ''}
            onChange={(e) => onChange('institutionKind', e.target.value || null)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {INSTITUTION_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {labels.kind(kind)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('staff.dueList.street')}
            value={street}
            onChange={(e) => setStreet(e.target.value)}
            onBlur={applyStreet}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyStreet();
            }}
            slotProps={{ htmlInput: { maxLength: 40 } }}
          />
          {filter.institutionId ? (
            <Chip
              label={t('staff.dueList.oneInstitution')}
              onDelete={() => onChange('institution', null)}
              data-testid="due-institution-filter"
            />
          ) : null}
        </>
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
