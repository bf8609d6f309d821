import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useT } from '../../../i18n/i18n';
import { useCategoryLabel } from './child-file-labels';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

/** What opening a file and changing it share: the student number, categories, counsellors, both files. */
export interface ChildFileFieldValues {
  studentNumber: string;
  categories: string[];
  counsellorStaffIds: string[];
  personalFile: string;
  growthFile: string;
}

/** PRV-8: the fields of a child's file common to the open and edit dialogs. */
export function ChildFileFields({
  values,
  onChange,
  offeredCategories,
  staff,
  growthFileTestId,
}: {
  values: ChildFileFieldValues;
  onChange: (patch: Partial<ChildFileFieldValues>) => void;
  offeredCategories: readonly string[];
  staff: readonly { id: string; name: string; post: string }[];
  growthFileTestId?: string;
}) {
  const t = useT();
  const category = useCategoryLabel();
  const toggle = (code: string) =>
    onChange({
      categories: values.categories.includes(code)
        ? values.categories.filter((c) => c !== code)
        : [...values.categories, code],
    });
  return (
    <>
      <LimitedTextField
        label={t('childFiles.open.studentNumber')}
        value={values.studentNumber}
        onChange={(e) => onChange({ studentNumber: e.target.value })}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.studentNumber } }}
        fullWidth
      />
      <FormGroup>
        <FormLabel component="legend">{t('childFiles.open.categories')}</FormLabel>
        {offeredCategories.map((code) => (
          <FormControlLabel
            key={code}
            control={
              <Checkbox
                checked={values.categories.includes(code)}
                onChange={() => toggle(code)}
                slotProps={{ input: { 'aria-label': category(code) } }}
              />
            }
            label={category(code)}
          />
        ))}
      </FormGroup>
      <TextField
        select
        label={t('childFiles.open.counsellors')}
        value={values.counsellorStaffIds}
        onChange={(e) => onChange({ counsellorStaffIds: e.target.value as unknown as string[] })}
        slotProps={{ select: { multiple: true } }}
        fullWidth
      >
        {staff.map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.name}（{s.post}）
          </MenuItem>
        ))}
      </TextField>
      <LimitedTextField
        label={t('childFiles.open.personalFile')}
        value={values.personalFile}
        onChange={(e) => onChange({ personalFile: e.target.value })}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.childPersonalFile } }}
        fullWidth
      />
      <TextField
        label={t('childFiles.open.growthFile')}
        value={values.growthFile}
        onChange={(e) => onChange({ growthFile: e.target.value })}
        multiline
        minRows={3}
        slotProps={{
          htmlInput: { maxLength: TEXT_LIMITS.childGrowthFile, 'data-testid': growthFileTestId },
        }}
        fullWidth
      />
    </>
  );
}
