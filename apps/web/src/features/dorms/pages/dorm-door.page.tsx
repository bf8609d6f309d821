import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { DormEntryFieldsFragment, DormPurpose } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { DoorPersonPicker, type DoorPerson } from '../components/door-person-picker';
import { DormDoorQuery } from '../dorms.graphql';
import { useRecordDormEntry, useRecordDormExit, type DormEntryOutcome } from '../hooks/use-dorm-mutations';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

type Notice = { severity: 'success' | 'error'; title?: MessageKey; text: string };
const BIG = { minHeight: 64, fontSize: '1.25rem' } as const;

/** PRV-4: the one-screen phone page at the dormitory door. */
export function DormDoorPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(DormDoorQuery);
  const door = data?.dormDoor ?? null;
  return (
    <Container maxWidth="sm" sx={{ py: 2 }} id="main">
      <PageHeader title={t('dorms.door.title')} subtitle={t('dorms.door.subtitle')} />
      {/* Refetched after each entry: keep the door (and its notice) on screen meanwhile. */}
      {loading && !data ? (
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !door ? (
        <Alert severity="info">{t('dorms.door.noInstitution')}</Alert>
      ) : !door.isBoarding ? (
        <Alert severity="info" data-testid="door-not-boarding">
          {t('dorms.door.notBoarding')}
        </Alert>
      ) : !door.canRecordEntry ? (
        <Alert severity="warning">{t('dorms.door.notKeeper')}</Alert>
      ) : (
        <Door inside={door.inside} />
      )}
    </Container>
  );
}

function Door({ inside }: { inside: readonly DormEntryFieldsFragment[] }) {
  const t = useT();
  const [person, setPerson] = useState<DoorPerson | null>(null);
  const [purpose, setPurpose] = useState<DormPurpose>('DORM_CHECK');
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const { recordEntry, loading: entering } = useRecordDormEntry();
  const { recordExit, loading: leaving } = useRecordDormExit();
  const openEntry = person ? inside.find((e) => e.staffMemberId === person.id) : undefined;

  const noticeOf = (outcome: DormEntryOutcome): Notice => {
    switch (outcome.type) {
      case 'ENTERED':
        return {
          severity: 'success',
          text: t(outcome.entry.isRegistrationRequired ? 'dorms.door.registered' : 'dorms.door.allowed', {
            name: outcome.entry.staffName,
          }),
        };
      case 'REFUSED':
        return {
          severity: 'error',
          title: 'dorms.door.refusedTitle',
          text: t(`dorms.door.refused.${outcome.reason}`, {
            name: outcome.attempt.staffName,
            role: t(`staff.role.${outcome.attempt.staffRole}` as MessageKey),
          }),
        };
      case 'INVALID_INPUT':
        return { severity: 'error', text: t('dorms.door.invalid') };
      case 'FORBIDDEN':
        return { severity: 'error', text: t('dorms.door.notKeeper') };
      case 'NOT_FOUND':
        return { severity: 'error', text: t('dorms.door.failed') };
    }
  };

  const enter = async () => {
    if (!person) return;
    setNotice(noticeOf(await recordEntry({ staffMemberId: person.id, purpose, purposeNote: note || null })));
    setNote('');
  };
  const leave = async (entry: DormEntryFieldsFragment) => {
    const outcome = await recordExit(entry.id);
    setNotice(
      outcome.type === 'LEFT'
        ? { severity: 'success', text: t('dorms.door.left', { name: entry.staffName }) }
        : { severity: 'error', text: t('dorms.door.failed') },
    );
  };

  return (
    <Stack spacing={2}>
      <DoorPersonPicker value={person} onChange={setPerson} />
      <Box>
        <Typography variant="subtitle2" gutterBottom>
          {t('dorms.door.purpose')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          fullWidth
          color="primary"
          value={purpose}
          onChange={(_event, value: DormPurpose | null) => value && setPurpose(value)}
        >
          {(['DORM_CHECK', 'OTHER'] as const).map((p) => (
            <ToggleButton key={p} value={p} sx={{ minHeight: 48 }} data-testid={`door-purpose-${p}`}>
              {t(`dorms.purpose.${p}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      <LimitedTextField
        label={t('dorms.door.purposeNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.dormPurposeNote } }}
      />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button
          variant="contained"
          size="large"
          fullWidth
          sx={BIG}
          disabled={!person || entering}
          onClick={() => void enter()}
          data-testid="door-enter"
        >
          {t('dorms.door.enter')}
        </Button>
        <Button
          variant="outlined"
          size="large"
          fullWidth
          sx={BIG}
          disabled={!openEntry || leaving}
          onClick={() => openEntry && void leave(openEntry)}
          data-testid="door-leave"
        >
          {t('dorms.door.leave')}
        </Button>
      </Box>
      {notice ? (
        <Alert severity={notice.severity} data-testid="door-notice" sx={{ fontSize: '1rem' }}>
          {notice.title ? <AlertTitle>{t(notice.title)}</AlertTitle> : null}
          {notice.text}
        </Alert>
      ) : null}
      <Typography variant="subtitle1">{t('dorms.door.inside')}</Typography>
      {inside.length === 0 ? (
        <Typography color="text.secondary">{t('dorms.door.insideEmpty')}</Typography>
      ) : null}
      {inside.map((entry) => (
        <Card key={entry.id} variant="outlined" data-testid="door-inside">
          <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Box sx={{ flex: 1, minWidth: 160 }}>
              <Typography>{entry.staffName}</Typography>
              <Typography variant="body2" color="text.secondary">
                {formatDateTimeShort(entry.enteredAt)} · {t(`dorms.purpose.${entry.purpose}`)}
              </Typography>
            </Box>
            {entry.isNight ? <Chip color="warning" label={t('dorms.door.night')} /> : null}
            {entry.canRecordExit ? (
              <Button
                variant="outlined"
                sx={{ minHeight: 48 }}
                disabled={leaving}
                onClick={() => void leave(entry)}
              >
                {t('dorms.door.leave')}
              </Button>
            ) : null}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
