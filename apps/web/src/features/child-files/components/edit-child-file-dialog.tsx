import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { ChildFileFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ChildFileFormQuery } from '../child-files.graphql';
import { useChildFileFailure, useUpdateChildFile } from '../hooks/use-child-file-mutations';
import { ChildFileFields, type ChildFileFieldValues } from './child-file-fields';

/** PRV-8: the child's carers change the categories, counsellors, student number and both files. */
export function EditChildFileDialog({
  file,
  onClose,
}: {
  file: ChildFileFieldsFragment;
  onClose: () => void;
}) {
  const t = useT();
  const failure = useChildFileFailure();
  const { update, loading } = useUpdateChildFile();
  const { data } = useQuery(ChildFileFormQuery);
  const [values, setValues] = useState<ChildFileFieldValues>({
    studentNumber: file.studentNumber ?? '',
    categories: file.categories,
    counsellorStaffIds: file.counsellors.map((c) => c.id),
    personalFile: file.personalFile ?? '',
    growthFile: file.growthFile ?? '',
  });
  const [alert, setAlert] = useState<string | null>(null);
  const offered = data?.childFileForm.categories ?? file.categories;
  // The register as offered, and the counsellors already named (a counsellor may be offered no register).
  const staff = [
    ...file.counsellors,
    ...(data?.childFileForm.staff ?? []).filter((s) => !file.counsellors.some((c) => c.id === s.id)),
  ];
  const submit = async () => {
    const outcome = await update({ fileId: file.id, ...values });
    setAlert(failure(outcome));
    if (outcome.type === 'SAVED') onClose();
  };
  return (
    <Dialog open onClose={loading ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('childFiles.edit.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }} data-testid="edit-child-file-form">
          <ErrorAlert message={alert} />
          <ChildFileFields
            values={values}
            onChange={(patch) => setValues((now) => ({ ...now, ...patch }))}
            offeredCategories={offered}
            staff={staff}
            growthFileTestId="edit-growth-file"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          {t('childFiles.open.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={loading || values.categories.length === 0}
          onClick={() => void submit()}
          data-testid="edit-child-file-submit"
        >
          {loading ? t('childFiles.saving') : t('childFiles.edit.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
