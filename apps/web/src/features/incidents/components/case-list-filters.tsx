import {
  BREACH_CODES,
  CASE_LIST_ORDERS,
  CASE_LIST_STATES,
  INCIDENT_CATEGORIES,
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type CaseListParam,
} from '@xiaohu/domain';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { ReportingStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import type { CaseListQuery } from '../hooks/case-filter';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { InstitutionPicker } from './institution-picker';
import { DateInput } from '../../../shared/ui/date-fields';

const STATUSES: readonly ReportingStatus[] = ['COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH'];
const WIDTH = { minWidth: 160 };

/**
 * The case list's filters and order, each bound to one link parameter (contract 2): every change writes
 * the URL, so the list on screen is always the one a link names. `showsInstitutionFilters` is false for a
 * viewer of one institution, for whom they would narrow nothing.
 */
export function CaseListFilters({
  query,
  onChange,
  showsInstitutionFilters,
}: {
  query: CaseListQuery;
  onChange: (next: CaseListQuery) => void;
  showsInstitutionFilters: boolean;
}) {
  const t = useT();
  const labels = useLabels();
  const incidentLabels = useIncidentLabels();
  const set = (name: CaseListParam, value: string | null) => {
    const next = { ...query };
    if (value) next[name] = value;
    else delete next[name];
    onChange(next);
  };
  const select = (
    name: CaseListParam,
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={query[name] ?? ''}
      onChange={(event) => set(name, event.target.value || null)}
      sx={WIDTH}
      data-testid={`cases-filter-${name}`}
    >
      <MenuItem value="">{t('caseList.filter.any')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const categories = query.category ? query.category.split(',') : [];

  return (
    <Box
      role="group"
      aria-label={t('caseList.filters')}
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
    >
      {showsInstitutionFilters ? (
        <>
          <InstitutionPicker value={query.institution ?? null} onChange={(id) => set('institution', id)} />
          {select(
            'section',
            t('caseList.filter.section'),
            SUPERVISING_SECTIONS.map((unit) => ({ value: unit, label: labels.unit(unit) })),
          )}
          {select(
            'kind',
            t('caseList.filter.kind'),
            INSTITUTION_KINDS.map((kind) => ({ value: kind, label: labels.kind(kind) })),
          )}
          <StreetField value={query.street ?? ''} onCommit={(street) => set('street', street)} />
        </>
      ) : null}
      <TextField
        select
        size="small"
        label={t('caseList.filter.category')}
        value={categories}
        onChange={(event) => {
          const value = event.target.value as unknown as string[] | string;
          set('category', (Array.isArray(value) ? value : value.split(',')).filter(Boolean).join(','));
        }}
        slotProps={{
          select: {
            multiple: true,
            renderValue: (selected) =>
              (selected as string[])
                .map((c) => incidentLabels.category(c as (typeof INCIDENT_CATEGORIES)[number]))
                .join('、'),
          },
        }}
        sx={WIDTH}
        data-testid="cases-filter-category"
      >
        {INCIDENT_CATEGORIES.map((category) => (
          <MenuItem key={category} value={category}>
            <Checkbox size="small" checked={categories.includes(category)} sx={{ p: 0, mr: 1 }} />
            {incidentLabels.category(category)}
          </MenuItem>
        ))}
      </TextField>
      {(['from', 'to'] as const).map((name) => (
        <DateInput
          key={name}
          kind="day"
          size="small"
          fullWidth={false}
          label={t(`caseList.filter.${name}`)}
          value={query[name] ?? ''}
          onChange={(day) => set(name, day || null)}
          testId={`cases-filter-${name}`}
        />
      ))}
      {select(
        'state',
        t('caseList.filter.state'),
        CASE_LIST_STATES.map((value) => ({ value, label: t(`caseList.filter.state.${value}`) })),
      )}
      {select(
        'status',
        t('caseList.filter.status'),
        STATUSES.map((value) => ({ value, label: incidentLabels.status(value) })),
      )}
      {select('breach', t('caseList.filter.breach'), [
        { value: 'ANY', label: t('caseList.filter.breach.ANY') },
        ...BREACH_CODES.map((code) => ({ value: code, label: incidentLabels.breach(code) })),
      ])}
      <FormControlLabel
        label={t('caseList.filter.overdue')}
        control={
          <Checkbox
            checked={query.overdue === '1'}
            onChange={(event) => set('overdue', event.target.checked ? '1' : null)}
            slotProps={{ input: { 'data-testid': 'cases-filter-overdue' } as object }}
          />
        }
      />
      <TextField
        select
        size="small"
        label={t('caseList.sort')}
        value={query.sort ?? 'RECORDED_AT_DESC'}
        onChange={(event) =>
          set('sort', event.target.value === 'RECORDED_AT_DESC' ? null : event.target.value)
        }
        sx={{ minWidth: 220 }}
        data-testid="cases-sort"
      >
        {CASE_LIST_ORDERS.map((order) => (
          <MenuItem key={order} value={order}>
            {t(`caseList.sort.${order}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button
        onClick={() => onChange(query.sort ? { sort: query.sort } : {})}
        data-testid="cases-filter-clear"
      >
        {t('caseList.filter.clear')}
      </Button>
    </Box>
  );
}

/** The street is typed in full: written to the URL on Enter or when the field is left. */
function StreetField({ value, onCommit }: { value: string; onCommit: (street: string | null) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim() || null);
  };
  return (
    <TextField
      size="small"
      label={t('caseList.filter.street')}
      helperText={t('caseList.filter.streetHint')}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      slotProps={{ htmlInput: { maxLength: 40 } }}
      sx={WIDTH}
      data-testid="cases-filter-street"
    />
  );
}
