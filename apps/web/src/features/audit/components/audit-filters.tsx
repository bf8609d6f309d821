import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { Controller, useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { EMPTY_AUDIT_FILTER, type AuditFilterValues } from '../hooks/audit-filter';
import { AuditActionPicker } from './audit-action-picker';
import { AuditActorPicker } from './audit-actor-picker';
import { DateInput } from '../../../shared/ui/date-fields';

export function AuditFilters({
  value,
  onApply,
}: {
  value: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const t = useT();
  const {
    control,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AuditFilterValues>({ values: value });

  const clear = () => {
    reset(EMPTY_AUDIT_FILTER);
    onApply(EMPTY_AUDIT_FILTER);
  };

  return (
    <Paper
      component="form"
      role="search"
      aria-label={t('common.filters')}
      variant="outlined"
      noValidate
      onSubmit={handleSubmit(onApply)}
      sx={{ p: 2, mb: 2, display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <Controller
        control={control}
        name="actor"
        render={({ field }) => <AuditActorPicker value={field.value} onChange={field.onChange} />}
      />
      <Controller
        control={control}
        name="actions"
        render={({ field }) => <AuditActionPicker value={field.value} onChange={field.onChange} />}
      />
      <Controller
        control={control}
        name="fromDay"
        render={({ field }) => (
          <DateInput
            kind="day"
            id="audit-from"
            label={t('audit.fromLabel')}
            size="small"
            fullWidth={false}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <Controller
        control={control}
        name="toDay"
        rules={{
          // ISO days compare correctly as strings.
          validate: (toDay, all) => !toDay || !all.fromDay || toDay >= all.fromDay,
        }}
        render={({ field }) => (
          <DateInput
            kind="day"
            id="audit-to"
            label={t('audit.toLabel')}
            size="small"
            fullWidth={false}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={Boolean(errors.toDay)}
            helperText={errors.toDay ? t('audit.rangeInvalid') : undefined}
          />
        )}
      />
      <Button type="submit" variant="contained" data-testid="audit-search">
        {t('common.search')}
      </Button>
      <Button type="button" onClick={clear}>
        {t('common.clearFilters')}
      </Button>
    </Paper>
  );
}
