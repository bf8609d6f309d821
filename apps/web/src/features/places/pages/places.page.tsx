import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MonitoredPlaceKind, OneToOneRoomType, PlaceRegisterFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { DISPLAY_TIME_ZONE, formatDateTimeShort } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import { PhotoPicker, PhotoStrip } from '../../photos';
import {
  useRecordBlindSpotSelfInspection,
  useRecordPlace,
  type PlaceOutcome,
} from '../hooks/use-place-mutations';
import { PlaceRegistersOverview } from '../components/place-registers-overview';
import { MonitoredPlacesQuery } from '../places.graphql';
import { RuleText } from '../../../shared/rules/rule-info';
import { DateInput } from '../../../shared/ui/date-fields';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

const KINDS: readonly MonitoredPlaceKind[] = [
  'ONE_TO_ONE_ROOM',
  'CORRIDOR',
  'STAIRWELL',
  'GATE',
  'DORM_CORRIDOR',
  'PLAYGROUND',
  'OTHER',
];
const ROOM_TYPES: readonly OneToOneRoomType[] = ['COUNSELLING', 'PRACTICE', 'OFFICE', 'OTHER'];
type Place = PlaceRegisterFieldsFragment['places'][number];

/** The message for a refused change, from its outcome. */
function refusalKey(outcome: Exclude<PlaceOutcome, { type: 'SAVED' }>): MessageKey {
  switch (outcome.type) {
    case 'INVALID_INPUT':
      return outcome.field === 'roomType'
        ? 'places.invalid.roomType'
        : outcome.field === 'cameraCount'
          ? 'places.invalid.cameraCount'
          : outcome.field === 'inspectedOn'
            ? 'places.invalid.inspectedOn'
            : outcome.field === 'photoIds'
              ? 'photos.refused'
              : 'places.invalid.other';
    case 'FORBIDDEN':
      return 'places.forbidden';
    case 'NOT_FOUND':
      return 'places.notFound';
  }
}

/** PRV-2: the register of places needing cameras, one-to-one rooms first, unmonitored ones highlighted. */
export function PlacesPage() {
  const t = useT();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  // A head reads her own institution; readers of several choose one (kept in the link).
  const institutionId = params.get('institution') ?? viewer.institution?.id ?? null;
  const { data, loading, error, refetch } = useQuery(MonitoredPlacesQuery, {
    variables: { institutionId: institutionId ?? '' },
    skip: !institutionId,
  });
  const register = data?.monitoredPlaces ?? null;

  return (
    <Container maxWidth="md" sx={{ py: 3 }} id="main">
      <PageHeader title={t('places.title')} subtitle={t('places.subtitle')} />
      {viewer.institution ? null : (
        <Box sx={{ mb: 2 }}>
          <InstitutionPicker
            value={institutionId}
            onChange={(id) => setParams(id ? { institution: id } : {})}
          />
        </Box>
      )}
      {!institutionId ? (
        // Readers of many institutions: the district overview until they choose one.
        <PlaceRegistersOverview />
      ) : loading && !data ? (
        // Refetched after each change: the register (and its messages) stays on screen meanwhile.
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : register ? (
        <Register register={register} />
      ) : (
        <Alert severity="warning" data-testid="places-not-found">
          {t('places.notFound')}
        </Alert>
      )}
    </Container>
  );
}

function Register({ register }: { register: PlaceRegisterFieldsFragment }) {
  const t = useT();
  const [editing, setEditing] = useState<Place | 'NEW' | null>(null);
  const names = new Map(register.places.map((p) => [p.id, p.name]));
  return (
    <Stack spacing={2}>
      <BlindSpotCard register={register} />
      {register.gaps.length > 0 ? (
        <Alert severity="error" data-testid="places-gaps">
          <Typography variant="subtitle2">
            <RuleText>{t('places.gaps')}</RuleText>
          </Typography>
          {register.gaps.map((gap) => (
            <Typography key={`${gap.code}-${gap.placeId ?? ''}`} variant="body2">
              {t(`places.gap.${gap.code}` as MessageKey, { name: names.get(gap.placeId ?? '') ?? '' })}
            </Typography>
          ))}
        </Alert>
      ) : null}
      {register.viewerCan.recordPlace ? (
        <Button variant="contained" size="large" onClick={() => setEditing('NEW')} data-testid="place-add">
          {t('places.add')}
        </Button>
      ) : null}
      {register.places.length === 0 ? (
        <Typography color="text.secondary">{t('places.empty')}</Typography>
      ) : null}
      {register.places.map((place) => (
        <Card
          key={place.id}
          variant="outlined"
          data-testid="place-card"
          sx={{
            borderColor: place.isMonitored ? 'divider' : 'error.main',
            borderWidth: place.isMonitored ? 1 : 2,
          }}
        >
          <CardContent>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="subtitle1" sx={{ flex: 1, minWidth: 160 }}>
                {place.name}
              </Typography>
              <Chip
                size="small"
                label={
                  place.roomType ? t(`places.roomType.${place.roomType}`) : t(`places.kind.${place.kind}`)
                }
              />
              <Chip
                size="small"
                color={place.isMonitored ? 'success' : 'error'}
                label={
                  place.isMonitored
                    ? t('places.monitored', { count: place.cameraCount })
                    : t('places.unmonitored')
                }
              />
            </Box>
            {place.isGap ? (
              <Typography variant="body2" color="error" sx={{ mt: 1 }} data-testid="place-gap">
                {t('places.gapBadge')}
              </Typography>
            ) : null}
            {place.note ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {place.note}
              </Typography>
            ) : null}
            {place.photos.length > 0 ? (
              <Box sx={{ mt: 1 }} data-testid="place-photo-strip">
                <PhotoStrip photos={place.photos} label={t('places.field.photos')} />
              </Box>
            ) : null}
            <Typography variant="caption" color="text.secondary">
              {formatDateTimeShort(place.updatedAt)}
            </Typography>
            {register.viewerCan.recordPlace ? (
              <Box>
                <Button onClick={() => setEditing(place)} sx={{ mt: 1, minHeight: 44 }}>
                  {t('places.edit')}
                </Button>
              </Box>
            ) : null}
          </CardContent>
        </Card>
      ))}
      {editing ? (
        <PlaceDialog
          institutionId={register.institutionId}
          place={editing === 'NEW' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}

function BlindSpotCard({ register }: { register: PlaceRegisterFieldsFragment }) {
  const t = useT();
  const today = dayjs().tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
  const [day, setDay] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; key: MessageKey } | null>(null);
  const { recordInspection, loading } = useRecordBlindSpotSelfInspection();
  const save = async () => {
    const outcome = await recordInspection({
      institutionId: register.institutionId,
      inspectedOn: day ?? today,
    });
    setMessage(
      outcome.type === 'SAVED'
        ? { ok: true, key: 'places.blindSpot.saved' }
        : { ok: false, key: refusalKey(outcome) },
    );
    if (outcome.type === 'SAVED') setDay(null);
  };
  return (
    <Card variant="outlined" data-testid="blind-spot-card">
      <CardContent>
        <Typography variant="subtitle1">{t('places.blindSpot.title')}</Typography>
        <Typography variant="body2" data-testid="blind-spot-last">
          {register.lastBlindSpotSelfInspectionOn
            ? t('places.blindSpot.last', { date: register.lastBlindSpotSelfInspectionOn })
            : t('places.blindSpot.never')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('places.blindSpot.due', {
            date: dayjs(register.blindSpotSelfInspectionDueAt).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD'),
          })}
        </Typography>
        {register.viewerCan.recordBlindSpotSelfInspection ? (
          day === null ? (
            <Button
              sx={{ mt: 1, minHeight: 44 }}
              variant="outlined"
              onClick={() => setDay(today)}
              data-testid="blind-spot-record"
            >
              {t('places.blindSpot.record')}
            </Button>
          ) : (
            <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
              <DateInput
                kind="day"
                size="small"
                label={t('places.blindSpot.date')}
                value={day}
                onChange={setDay}
                testId="blind-spot-date"
                maxDay={today}
                fullWidth={false}
              />
              <Button
                variant="contained"
                disabled={loading}
                onClick={() => void save()}
                data-testid="blind-spot-save"
              >
                {t('places.save')}
              </Button>
              <Button onClick={() => setDay(null)}>{t('places.cancel')}</Button>
            </Box>
          )
        ) : null}
        {message ? (
          <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 1 }}>
            {t(message.key)}
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}

function PlaceDialog({
  institutionId,
  place,
  onClose,
}: {
  institutionId: string;
  place: Place | null;
  onClose: () => void;
}) {
  const t = useT();
  const { recordPlace, loading } = useRecordPlace();
  const [name, setName] = useState(place?.name ?? '');
  const [kind, setKind] = useState<MonitoredPlaceKind>(place?.kind ?? 'ONE_TO_ONE_ROOM');
  const [roomType, setRoomType] = useState<OneToOneRoomType>(place?.roomType ?? 'COUNSELLING');
  const [isMonitored, setIsMonitored] = useState(place?.isMonitored ?? false);
  const [cameraCount, setCameraCount] = useState(String(place?.cameraCount ?? 0));
  const [note, setNote] = useState(place?.note ?? '');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const [refusal, setRefusal] = useState<MessageKey | null>(null);
  const isRoom = kind === 'ONE_TO_ONE_ROOM';
  const save = async () => {
    const outcome = await recordPlace({
      institutionId,
      placeId: place?.id ?? null,
      name,
      kind,
      roomType: isRoom ? roomType : null,
      isMonitored,
      cameraCount: Number(cameraCount),
      note: note || null,
      photoIds,
    });
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalKey(outcome));
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{place ? t('places.edit') : t('places.add')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={t('places.field.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.placeName, 'data-testid': 'place-name' } }}
          />
          <TextField
            select
            label={t('places.field.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as MonitoredPlaceKind)}
          >
            {KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`places.kind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          {isRoom ? (
            <TextField
              select
              label={t('places.field.roomType')}
              value={roomType}
              onChange={(e) => setRoomType(e.target.value as OneToOneRoomType)}
            >
              {ROOM_TYPES.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`places.roomType.${r}`)}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <FormControlLabel
            control={<Switch checked={isMonitored} onChange={(e) => setIsMonitored(e.target.checked)} />}
            label={t('places.field.isMonitored')}
          />
          <TextField
            type="number"
            label={t('places.field.cameraCount')}
            value={cameraCount}
            onChange={(e) => setCameraCount(e.target.value)}
            slotProps={{ htmlInput: { min: 0, max: 99 } }}
          />
          <LimitedTextField
            label={t('places.field.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.placeNote } }}
          />
          <div data-testid="place-photo-picker">
            <PhotoPicker
              value={photoIds}
              onChange={setPhotoIds}
              label={t('places.field.photos')}
              disabled={loading}
              onBusyChange={setIsUploading}
            />
          </div>
          {refusal ? <Alert severity="error">{t(refusal)}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('places.cancel')}</Button>
        <Button
          variant="contained"
          disabled={loading || isUploading}
          onClick={() => void save()}
          data-testid="place-save"
        >
          {t('places.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
