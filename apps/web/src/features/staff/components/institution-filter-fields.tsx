import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';

/** The institution part of a staff list's filters, as URL parameters: section, kind, street 镇街, one institution. */
export interface InstitutionFilterValues {
  section?: string | null;
  institutionKind?: string | null;
  street?: string | null;
  institutionId?: string | null;
}

/**
 * The supervising section, the institution kind, the street (applied on blur or Enter) and, when a link
 * set one, a removable chip for one institution. Each change is one URL parameter (`onChange`).
 */
export function InstitutionFilterFields({
  filter,
  onChange,
  chipTestId,
}: {
  filter: InstitutionFilterValues;
  onChange: (param: string, value: string | null) => void;
  chipTestId: string;
}) {
  const t = useT();
  const labels = useLabels();
  const [street, setStreet] = useState(filter.street ?? '');
  const applyStreet = () => {
    if ((street.trim() || null) !== (filter.street ?? null)) onChange('street', street.trim() || null);
  };
  return (
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
        {SUPERVISING_SECTIONS.map((unit) => (
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
          data-testid={chipTestId}
        />
      ) : null}
    </>
  );
}
