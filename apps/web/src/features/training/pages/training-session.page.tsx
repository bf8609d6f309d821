import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Container from '@mui/material/Container';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import {
  RecordAttendanceMutation,
  TrainingSessionQuery,
  TrainingSessionRegisterQuery,
} from '../training.graphql';
import { toTrainingOutcome, trainingRefusalKey } from '../training-outcome';

interface ImportRow {
  row: number;
  message: string;
}

/** PRV-5: tick attendance from the register: searchable, checkboxes, select all, keyboard-usable. */
export function TrainingSessionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const session = useQuery(TrainingSessionQuery, { variables: { id } });
  const s = session.data?.trainingSession;
  return (
    <Container maxWidth="md" sx={{ py: 3 }} id="main">
      <PageHeader
        title={t('training.session.title')}
        subtitle={
          s
            ? `${t(`training.topic.${s.topic}`)} · ${formatDateTimeShort(s.heldAt as string)} · ${s.trainer} · ${t('training.attendees', { count: s.attendeeCount })}`
            : undefined
        }
      />
      {session.loading ? <LoadingState /> : null}
      {session.error ? <QueryError error={session.error} onRetry={() => void session.refetch()} /> : null}
      {session.data && !s ? <Alert severity="warning">{t('training.session.notFound')}</Alert> : null}
      {s && !s.viewerCan.recordAttendance ? (
        <Alert severity="info">{t('training.session.readOnly')}</Alert>
      ) : null}
      {s?.viewerCan.recordAttendance ? (
        <AttendanceTicker sessionId={s.id} isUnitSession={!s.organiserInstitutionId} />
      ) : null}
    </Container>
  );
}

function AttendanceTicker({ sessionId, isUnitSession }: { sessionId: string; isUnitSession: boolean }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // The import's per-row report, shown when some row ticked nobody.
  const [unmatched, setUnmatched] = useState<ImportRow[]>([]);
  const register = useQuery(TrainingSessionRegisterQuery, {
    variables: { sessionId, institutionId, search: search.trim() || null },
    skip: isUnitSession && !institutionId,
  });
  const [record, { loading }] = useMutation(RecordAttendanceMutation, {
    refetchQueries: [TrainingSessionRegisterQuery, TrainingSessionQuery],
  });
  const members = register.data?.trainingSessionRegister ?? [];
  const allChosen = members.length > 0 && members.every((m) => chosen.has(m.staffId));
  const toggle = (staffId: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(staffId)) next.delete(staffId);
      else next.add(staffId);
      return next;
    });
  const save = async (present: boolean) => {
    setNotice(null);
    setUnmatched([]);
    const { data } = await record({ variables: { input: { sessionId, staffIds: [...chosen], present } } });
    if (!data) return;
    const outcome = toTrainingOutcome(data.recordAttendance);
    if (outcome.type === 'SAVED') {
      setChosen(new Set());
      setNotice({ ok: true, text: t('training.session.saved') });
    } else setNotice({ ok: false, text: t(trainingRefusalKey(outcome)) });
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    setUnmatched([]);
    const response = await fetch(
      `/api/training/sessions/${encodeURIComponent(sessionId)}/attendance/import`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: file,
        credentials: 'same-origin',
      },
    );
    const body = (await response.json()) as {
      ticked?: number;
      alreadyTicked?: number;
      refused?: number;
      rows?: ImportRow[];
      errors?: { message: string }[];
    };
    if (response.ok) {
      setNotice({
        ok: true,
        text: t('training.session.importDone', {
          ticked: body.ticked ?? 0,
          already: body.alreadyTicked ?? 0,
          refused: body.refused ?? 0,
        }),
      });
      // The per-row report (the server's Chinese words) when some row ticked nobody.
      setUnmatched((body.refused ?? 0) > 0 ? (body.rows ?? []) : []);
      void register.refetch();
    } else {
      setNotice({
        ok: false,
        text: t('training.session.importFailed', { message: body.errors?.[0]?.message ?? '' }),
      });
    }
  };
  return (
    <Stack spacing={2}>
      {isUnitSession ? (
        <Stack spacing={1}>
          <Typography variant="body2">{t('training.session.institution')}</Typography>
          <InstitutionPicker value={institutionId} onChange={setInstitutionId} />
        </Stack>
      ) : null}
      <TextField
        label={t('training.session.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'attendance-search' } }}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={allChosen}
            onChange={() => setChosen(allChosen ? new Set() : new Set(members.map((m) => m.staffId)))}
            slotProps={{ input: { 'aria-label': t('training.session.selectAll') } }}
            data-testid="attendance-select-all"
          />
        }
        label={t('training.session.selectAll')}
      />
      {register.loading ? <LoadingState /> : null}
      {register.data && members.length === 0 ? (
        <Alert severity="info">{t('training.session.noRegister')}</Alert>
      ) : null}
      <List dense>
        {members.map((m) => (
          <ListItem key={m.staffId} disableGutters data-testid="attendance-member">
            <FormControlLabel
              control={<Checkbox checked={chosen.has(m.staffId)} onChange={() => toggle(m.staffId)} />}
              label={`${m.name} · ${m.post}${m.isPresent ? ` · ${t('training.session.present')}` : ''}`}
              sx={{ overflowWrap: 'anywhere' }}
            />
          </ListItem>
        ))}
      </List>
      {notice ? (
        <Alert severity={notice.ok ? 'success' : 'error'} data-testid="attendance-notice">
          {notice.text}
        </Alert>
      ) : null}
      {unmatched.length > 0 ? (
        <Alert severity="warning" data-testid="attendance-import-rows">
          <List dense disablePadding sx={{ maxHeight: 320, overflowY: 'auto' }}>
            {unmatched.map((r) => (
              <ListItem key={r.row} disableGutters data-testid="attendance-import-row">
                {t('training.session.importRow', { row: r.row, message: r.message })}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant="contained"
          disabled={loading || chosen.size === 0}
          onClick={() => void save(true)}
          data-testid="attendance-present"
        >
          {t('training.session.markPresent')}
        </Button>
        <Button disabled={loading || chosen.size === 0} onClick={() => void save(false)}>
          {t('training.session.markAbsent')}
        </Button>
        <Button component="label">
          {t('training.session.import')}
          <input hidden type="file" accept=".xlsx" onChange={(e) => void upload(e)} />
        </Button>
        <Button href="/api/training/attendance-template">{t('training.session.template')}</Button>
      </Stack>
    </Stack>
  );
}
