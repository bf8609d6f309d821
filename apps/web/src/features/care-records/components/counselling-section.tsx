import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { CareRecordsFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useRecordCounselling } from '../hooks/use-care-mutations';
import { FormDialog, refusalText } from './form-dialog';
import { RuleText } from '../../../shared/rules/rule-info';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

/** PRV-7: the counselling room and hotline; neither is a gap (isProvided from the server). */
export function CounsellingSection({ records }: { records: CareRecordsFieldsFragment }) {
  const t = useT();
  const c = records.counselling;
  const [isEditing, setIsEditing] = useState(false);
  return (
    <Stack spacing={1}>
      {c.recordedAt ? (
        <>
          <Typography data-testid="counselling-room">
            {c.hasCounsellingRoom
              ? t('careRecords.counselling.room', { location: c.roomLocation ?? '' })
              : t('careRecords.counselling.noRoom')}
          </Typography>
          <Typography>
            {c.hotline
              ? t('careRecords.counselling.hotline', { hotline: c.hotline })
              : t('careRecords.counselling.noHotline')}
          </Typography>
        </>
      ) : (
        <Typography color="text.secondary">{t('careRecords.counselling.never')}</Typography>
      )}
      {c.isProvided ? null : (
        <Alert severity="error" data-testid="counselling-gap">
          <RuleText>{t('careRecords.counselling.gap')}</RuleText>
        </Alert>
      )}
      {records.viewerCan.recordCounselling ? (
        <Box>
          <Button
            variant="contained"
            onClick={() => setIsEditing(true)}
            data-testid="counselling-edit"
            sx={{ minHeight: 44 }}
          >
            {t('careRecords.counselling.edit')}
          </Button>
        </Box>
      ) : null}
      {isEditing ? <CounsellingDialog records={records} onClose={() => setIsEditing(false)} /> : null}
    </Stack>
  );
}

function CounsellingDialog({
  records,
  onClose,
}: {
  records: CareRecordsFieldsFragment;
  onClose: () => void;
}) {
  const t = useT();
  const { save, loading } = useRecordCounselling();
  const [hasRoom, setHasRoom] = useState(records.counselling.hasCounsellingRoom);
  const [location, setLocation] = useState(records.counselling.roomLocation ?? '');
  const [hotline, setHotline] = useState(records.counselling.hotline ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const labels = {
    roomLocation: t('careRecords.counselling.location'),
    hotline: t('careRecords.counselling.hotlineField'),
  };
  const submit = async () => {
    const outcome = await save({
      institutionId: records.institutionId,
      hasCounsellingRoom: hasRoom,
      roomLocation: hasRoom ? location || null : null,
      hotline: hotline || null,
    });
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalText(t, outcome, 'careRecords', labels));
  };
  return (
    <FormDialog
      title={t('careRecords.counselling.edit')}
      busy={loading}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="counselling-form"
      saveLabel={t('careRecords.save')}
      cancelLabel={t('careRecords.cancel')}
    >
      <FormControlLabel
        control={<Switch checked={hasRoom} onChange={(e) => setHasRoom(e.target.checked)} />}
        label={t('careRecords.counselling.hasRoom')}
      />
      {hasRoom ? (
        <LimitedTextField
          label={labels.roomLocation}
          value={location}
          onChange={(e) => setLocation(e.target.value)}
          required
          slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.counsellingRoomLocation } }}
        />
      ) : null}
      <LimitedTextField
        label={labels.hotline}
        value={hotline}
        onChange={(e) => setHotline(e.target.value)}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.counsellingHotline, inputMode: 'tel' } }}
      />
    </FormDialog>
  );
}
