import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { PERIODS, shanghaiDate, type DashboardFilter } from '../lib/oversight-url';
import { DateInput } from '../../../shared/ui/date-fields';

/** The period picker (本月, 本学期, 本学年, 自定义) and the filters by section, kind and street; all in the URL. */
export function OversightFilters({
  filter,
  onChange,
  now = new Date(),
}: {
  filter: DashboardFilter;
  onChange: (next: DashboardFilter) => void;
  now?: Date;
}) {
  const t = useT();
  const labels = useLabels();
  const today = shanghaiDate(now);
  const [from, setFrom] = useState(filter.from ?? `${today.slice(0, 8)}01`);
  const [to, setTo] = useState(filter.to ?? today);
  const [isCustom, setIsCustom] = useState(filter.period === 'CUSTOM');
  const [street, setStreet] = useState(filter.street ?? '');
  const applyStreet = () => onChange({ ...filter, street: street.trim() || undefined });

  return (
    <Box
      component="form"
      role="group"
      aria-label={t('oversight.filters')}
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 3 }}
      onSubmit={(e) => {
        e.preventDefault();
        if (isCustom && from && to)
          onChange({ ...filter, period: 'CUSTOM', from, to, street: street.trim() || undefined });
        else applyStreet();
      }}
    >
      <TextField
        select
        size="small"
        label={t('oversight.period')}
        value={isCustom ? 'CUSTOM' : filter.period}
        onChange={(e) => {
          const period = e.target.value as DashboardFilter['period'];
          setIsCustom(period === 'CUSTOM');
          if (period !== 'CUSTOM') onChange({ ...filter, period, from: undefined, to: undefined });
        }}
        sx={{ minWidth: 140 }}
        slotProps={{ select: { inputProps: { 'data-testid': 'period-select' } } }}
      >
        {PERIODS.map((period) => (
          <MenuItem key={period} value={period}>
            {t(`oversight.period.${period}`)}
          </MenuItem>
        ))}
      </TextField>
      {isCustom ? (
        <>
          <DateInput
            kind="day"
            size="small"
            label={t('oversight.from')}
            value={from}
            onChange={setFrom}
            fullWidth={false}
          />
          <DateInput
            kind="day"
            size="small"
            label={t('oversight.to')}
            value={to}
            onChange={setTo}
            fullWidth={false}
          />
        </>
      ) : null}
      <TextField
        select
        size="small"
        label={t('oversight.section')}
        value={filter.section ?? ''}
        onChange={(e) =>
          onChange({ ...filter, section: (e.target.value || undefined) as DashboardFilter['section'] })
        }
        sx={{ minWidth: 140 }}
      >
        <MenuItem value="">{t('common.all')}</MenuItem>
        {SUPERVISING_SECTIONS.map((section) => (
          <MenuItem key={section} value={section}>
            {labels.unit(section)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('oversight.kind')}
        value={filter.kind ?? ''}
        onChange={(e) =>
          onChange({ ...filter, kind: (e.target.value || undefined) as DashboardFilter['kind'] })
        }
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
        label={t('oversight.street')}
        placeholder={t('oversight.streetHint')}
        value={street}
        onChange={(e) => setStreet(e.target.value)}
        onBlur={applyStreet}
        slotProps={{ htmlInput: { maxLength: 40 } }}
      />
      <Button type="submit" variant="outlined">
        {t('oversight.apply')}
      </Button>
    </Box>
  );
}
