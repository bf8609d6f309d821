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
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { ChildFilesQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useChildFileFailure, useOpenChildFile } from '../hooks/use-child-file-mutations';
import { useCategoryLabel } from './child-file-labels';

type Form = ChildFilesQuery['childFileForm'];

/** PRV-8: open a file for a child of one of the classes the server offers this viewer. */
export function OpenChildFileDialog({
  form,
  open,
  onClose,
}: {
  form: Form;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const category = useCategoryLabel();
  const navigate = useNavigate();
  const failure = useChildFileFailure();
  const { open: openFile, loading } = useOpenChildFile();
  const [classId, setClassId] = useState(form.classes[0]?.id ?? '');
  const [childName, setChildName] = useState('');
  const [studentNumber, setStudentNumber] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [counsellorStaffIds, setCounsellors] = useState<string[]>([]);
  const [personalFile, setPersonalFile] = useState('');
  const [growthFile, setGrowthFile] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const toggle = (code: string) =>
    setCategories((now) => (now.includes(code) ? now.filter((c) => c !== code) : [...now, code]));
  const submit = async () => {
    const outcome = await openFile({
      classId,
      childName,
      studentNumber,
      categories,
      counsellorStaffIds,
      personalFile,
      growthFile,
    });
    setAlert(failure(outcome));
    if (outcome.type === 'SAVED') void navigate(paths.childFile(outcome.file.id));
  };
  return (
    <Dialog open={open} onClose={loading ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('childFiles.open.title')}</DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          component="form"
          noValidate
          sx={{ pt: 1 }}
          data-testid="open-child-file-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <ErrorAlert message={alert} />
          <TextField
            select
            label={t('childFiles.open.class')}
            value={classId}
            onChange={(e) => setClassId(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'open-child-file-class' } }}
            fullWidth
          >
            {form.classes.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
                {c.headTeacherName ? `（${c.headTeacherName}）` : ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('childFiles.open.childName')}
            value={childName}
            onChange={(e) => setChildName(e.target.value)}
            required
            slotProps={{
              htmlInput: { maxLength: TEXT_LIMITS.childName, 'data-testid': 'open-child-file-name' },
            }}
            fullWidth
          />
          <TextField
            label={t('childFiles.open.studentNumber')}
            value={studentNumber}
            onChange={(e) => setStudentNumber(e.target.value)}
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.studentNumber } }}
            fullWidth
          />
          <FormGroup>
            <FormLabel component="legend">{t('childFiles.open.categories')}</FormLabel>
            {form.categories.map((code) => (
              <FormControlLabel
                key={code}
                control={
                  <Checkbox
                    checked={categories.includes(code)}
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
            value={counsellorStaffIds}
            onChange={(e) => setCounsellors(e.target.value as unknown as string[])}
            slotProps={{ select: { multiple: true } }}
            fullWidth
          >
            {form.staff.map((s) => (
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
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.childGrowthFile } }}
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
          disabled={loading || !classId || !childName.trim() || categories.length === 0}
          onClick={() => void submit()}
          data-testid="open-child-file-submit"
        >
          {loading ? t('childFiles.saving') : t('childFiles.open.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
