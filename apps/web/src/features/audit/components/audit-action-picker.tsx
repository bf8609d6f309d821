import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { AUDIT_ACTION_CODES } from '../hooks/audit-filter';

/** Issue 10: pick actions by their names in the viewer's language; typing searches the names. */
export function AuditActionPicker({
  value,
  onChange,
}: {
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const t = useT();
  const name = (code: string) => t(`audit.action.${code}` as MessageKey);
  // About fifty names: sorting them on each render costs nothing worth a memo.
  const options = [...AUDIT_ACTION_CODES].sort((a, b) => name(a).localeCompare(name(b), 'zh-CN'));
  return (
    <Autocomplete
      multiple
      id="audit-action"
      data-testid="audit-action"
      sx={{ minWidth: 280 }}
      size="small"
      options={options}
      value={value}
      onChange={(_event, picked) => onChange(picked)}
      getOptionLabel={name}
      noOptionsText={t('audit.actionNoMatch')}
      renderInput={(params) => <TextField {...params} label={t('audit.actionLabel')} />}
    />
  );
}
