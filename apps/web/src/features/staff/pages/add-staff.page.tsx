import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { RequirePermission } from '../../auth/components/require-permission';
import { useT } from '../../../i18n/i18n';
import { PageHeader } from '../../../shared/ui/page-header';
import { AddCandidateForm } from '../forms/add-candidate-form';

export function AddStaffPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('staff.form.title')}
        subtitle={t('staff.form.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.staff()} variant="outlined">
            {t('staff.backToList')}
          </Button>
        }
      />
      <RequirePermission permission="MANAGE_STAFF">
        <Paper variant="outlined" sx={{ p: 3 }}>
          <AddCandidateForm onAdded={(staff) => void navigate(paths.staffMember(staff.id))} />
        </Paper>
      </RequirePermission>
    </>
  );
}
