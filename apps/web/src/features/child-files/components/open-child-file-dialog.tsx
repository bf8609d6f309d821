import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
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
import { ChildFileFields, type ChildFileFieldValues } from './child-file-fields';

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
  const navigate = useNavigate();
  const failure = useChildFileFailure();
  const { open: openFile, loading } = useOpenChildFile();
  const [classId, setClassId] = useState(form.classes[0]?.id ?? '');
  const [childName, setChildName] = useState('');
  const [values, setValues] = useState<ChildFileFieldValues>({
    studentNumber: '',
    categories: [],
    counsellorStaffIds: [],
    personalFile: '',
    growthFile: '',
  });
  const [alert, setAlert] = useState<string | null>(null);
  const submit = async () => {
    const outcome = await openFile({ classId, childName, ...values });
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
          <ChildFileFields
            values={values}
            onChange={(patch) => setValues((now) => ({ ...now, ...patch }))}
            offeredCategories={form.categories}
            staff={form.staff}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          {t('childFiles.open.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={loading || !classId || !childName.trim() || values.categories.length === 0}
          onClick={() => void submit()}
          data-testid="open-child-file-submit"
        >
          {loading ? t('childFiles.saving') : t('childFiles.open.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
