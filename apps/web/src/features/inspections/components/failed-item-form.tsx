import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useT } from '../../../i18n/i18n';
import { startOfNextDayInstant } from '../../../shared/lib/dates';
import { useCan } from '../../auth/hooks/use-viewer';
import { PhotoPicker } from '../../photos';
import { HazardOwnersQuery } from '../inspections.graphql';
import { DateInput } from '../../../shared/ui/date-fields';

export interface FailedItemValues {
  hazardDescription: string;
  ownerStaffId: string | null;
  dueAt: string | null;
  note: string | null;
  /** Uploaded photos of the hazard (attached to it by recordInspectionItem). */
  photoIds: string[];
}

/** The owner picker: the institution's staff register (those who may read it). */
export function OwnerSelect({
  institutionId,
  value,
  onChange,
  label,
  allowNone,
}: {
  institutionId: string;
  value: string;
  onChange: (id: string) => void;
  label: string;
  allowNone: boolean;
}) {
  const t = useT();
  const canReadRegister = useCan('VIEW_STAFF');
  const { data } = useQuery(HazardOwnersQuery, { variables: { institutionId }, skip: !canReadRegister });
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} fullWidth>
      {allowNone ? <MenuItem value="">{t('inspections.checklist.noOwner')}</MenuItem> : null}
      {(data?.staff.edges ?? []).map(({ node }) => (
        <MenuItem key={node.id} value={node.id}>
          {node.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** PRV-1: a failed item asks what is wrong, and may name the owner and due date at once. */
export function FailedItemForm({
  institutionId,
  isSaving,
  onSave,
}: {
  institutionId: string;
  isSaving: boolean;
  onSave: (values: FailedItemValues) => void;
}) {
  const t = useT();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const max = TEXT_LIMITS.hazardDescription;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="failed-item-form">
      <TextField
        label={t('inspections.checklist.hazardDescription')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        multiline
        minRows={3}
        required
        helperText={`${description.length}/${max}`}
        error={description.length > max}
        slotProps={{ htmlInput: { 'data-testid': 'hazard-description' } }}
      />
      <div data-testid="hazard-photo-picker">
        <PhotoPicker
          value={photoIds}
          onChange={setPhotoIds}
          label={t('inspections.checklist.photos')}
          disabled={isSaving}
          onBusyChange={setIsUploading}
        />
      </div>
      <OwnerSelect
        institutionId={institutionId}
        value={owner}
        onChange={setOwner}
        label={t('inspections.checklist.owner')}
        allowNone
      />
      <DateInput
        kind="day"
        label={t('inspections.checklist.dueAt')}
        value={due}
        onChange={setDue}
        fullWidth={false}
      />
      <TextField
        label={t('inspections.checklist.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button
        variant="contained"
        color="error"
        size="large"
        disabled={isSaving || isUploading || description.trim() === '' || description.length > max}
        onClick={() =>
          onSave({
            hazardDescription: description,
            ownerStaffId: owner || null,
            // A due date is the end of that day in the district's zone.
            dueAt: due ? startOfNextDayInstant(due) : null,
            note: note || null,
            photoIds,
          })
        }
        data-testid="save-failed-item"
      >
        {t('inspections.checklist.saveFailed')}
      </Button>
    </Stack>
  );
}
