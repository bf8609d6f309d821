import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { ChildFileFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ChildFileFormQuery } from '../child-files.graphql';
import { useChildFileFailure, useUpdateChildFile } from '../hooks/use-child-file-mutations';
import { useCategoryLabel } from './child-file-labels';

/** PRV-8: the child's carers change the categories, counsellors, student number and both files. */
export function EditChildFileDialog({
  file,
  onClose,
}: {
  file: ChildFileFieldsFragment;
  onClose: () => void;
}) {
  const t = useT();
  const category = useCategoryLabel();
  const failure = useChildFileFailure();
  const { update, loading } = useUpdateChildFile();
  const { data } = useQuery(ChildFileFormQuery);
  const [studentNumber, setStudentNumber] = useState(file.studentNumber ?? '');
  const [categories, setCategories] = useState<string[]>(file.categories);
  const [counsellorStaffIds, setCounsellors] = useState<string[]>(file.counsellors.map((c) => c.id));
  const [personalFile, setPersonalFile] = useState(file.personalFile ?? '');
  const [growthFile, setGrowthFile] = useState(file.growthFile ?? '');
  const [alert, setAlert] = useState<string | null>(null);
  const offered = data?.childFileForm.categories ?? file.categories;
  // The register as offered, and the counsellors already named (a counsellor may be offered no register).
  const staff = [
    ...file.counsellors,
    ...(data?.childFileForm.staff ?? []).filter((s) => !file.counsellors.some((c) => c.id === s.id)),
  ];
  const toggle = (code: string) =>
    setCategories((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  const submit = async () => {
    const outcome = await update({
      fileId: file.id,
      studentNumber,
      categories,
      counsellorStaffIds,
      personalFile,
      growthFile,
    });
    setAlert(failure(outcome));
    if (outcome.type === 'SAVED') onClose();
  };
  return (
    <Dialog open onClose={loading ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('childFiles.edit.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="edit-child-file-form">
          <ErrorAlert message={alert} />
          <TextField
            label={t('childFiles.open.studentNumber')}
            value={studentNumber}
            onChange={(e) => setStudentNumber(e.target.value)}
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.studentNumber } }}
            fullWidth
          />
          <FormGroup>
            <FormLabel component="legend">{t('childFiles.open.categories')}</FormLabel>
            {offered.map((code) => (
              <FormControlLabel
                key={code}
                control={<Checkbox checked={categories.includes(code)} onChange={() => toggle(code)} />}
                label={category(code)}
              />
            ))}
          </FormGroup>
          <TextField
            select
            label={t('childFiles.open.counsellors')}
            value={counsellorStaffIds}
            onChange={(e) => setCounsellors(e.target.value as unknown as string[])}
            slotProps={{ select: { multiple: true } }}
            fullWidth
          >
            {staff.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}（{s.post}）
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('childFiles.open.personalFile')}
            value={personalFile}
            onChange={(e) => setPersonalFile(e.target.value)}
            multiline
            minRows={3}
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.childPersonalFile } }}
            fullWidth
          />
          <TextField
            label={t('childFiles.open.growthFile')}
            value={growthFile}
            onChange={(e) => setGrowthFile(e.target.value)}
            multiline
            minRows={3}
            slotProps={{
              htmlInput: { maxLength: TEXT_LIMITS.childGrowthFile, 'data-testid': 'edit-growth-file' },
            }}
            fullWidth
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          {t('childFiles.open.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={loading || categories.length === 0}
          onClick={() => void submit()}
          data-testid="edit-child-file-submit"
        >
          {loading ? t('childFiles.saving') : t('childFiles.edit.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
