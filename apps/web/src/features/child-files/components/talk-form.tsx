import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { WelfareTalkKind } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { dayToInstant, todayInDistrict } from '../../surroundings/components/day-field';
import { useChildFileFailure, useRecordWelfareTalk } from '../hooks/use-child-file-mutations';
import { DateInput } from '../../../shared/ui/date-fields';

const KINDS: readonly WelfareTalkKind[] = ['TALK', 'CLASS_MEETING'];

/** PRV-8: record a talk or class meeting; on phones the button stays in reach at the bottom (sticky). */
export function TalkForm({ fileId }: { fileId: string }) {
  const t = useT();
  const failure = useChildFileFailure();
  const { recordTalk, loading } = useRecordWelfareTalk();
  const [kind, setKind] = useState<WelfareTalkKind>('TALK');
  const [day, setDay] = useState(todayInDistrict());
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    const outcome = await recordTalk({ fileId, kind, heldAt: dayToInstant(day) ?? '', note });
    setAlert(failure(outcome));
    setSaved(outcome.type === 'SAVED');
    if (outcome.type === 'SAVED') setNote('');
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      data-testid="talk-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorAlert message={alert} />
      {saved ? (
        <Box role="status" sx={{ color: 'success.main' }}>
          {t('childFiles.talk.saved')}
        </Box>
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label={t('childFiles.talk.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as WelfareTalkKind)}
          fullWidth
        >
          {KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`childFiles.talk.kind.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <DateInput
          kind="day"
          label={t('childFiles.talk.heldAt')}
          value={day}
          onChange={setDay}
          testId="talk-day"
          maxDay={todayInDistrict()}
          fullWidth
        />
      </Stack>
      <TextField
        label={t('childFiles.talk.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={3}
        required
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.welfareTalkNote, 'data-testid': 'talk-note' } }}
        fullWidth
      />
      <Box
        sx={{
          position: { xs: 'sticky', sm: 'static' },
          bottom: 0,
          py: { xs: 1, sm: 0 },
          bgcolor: 'background.paper',
          zIndex: 1,
        }}
      >
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={loading || !note.trim() || !day}
          data-testid="talk-submit"
        >
          {loading ? t('childFiles.saving') : t('childFiles.talk.submit')}
        </Button>
      </Box>
    </Stack>
  );
}
