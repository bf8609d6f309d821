import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useT } from '../../../i18n/i18n';
import {
  MAX_PHOTOS,
  photoFileProblem,
  uploadPhoto,
  type PhotoRef,
  type PhotoUploadError,
  type PhotoUploadOutcome,
} from '../lib/photo-upload';

export interface PhotoPickerProps {
  /** The chosen photos' ids (what a command's `photoIds` takes). */
  value: string[];
  onChange: (ids: string[]) => void;
  /** Photos already known (e.g. uploaded earlier in this form), so their thumbnails show. */
  photos?: PhotoRef[];
  max?: number;
  disabled?: boolean;
  label?: string;
  /** True while a photo is still uploading: a form waits for it before it submits. */
  onBusyChange?: (isBusy: boolean) => void;
  /** The upload itself (tests pass their own). */
  upload?: (file: Blob, onProgress: (percent: number) => void) => Promise<PhotoUploadOutcome>;
}

interface Pending {
  key: number;
  percent: number;
}

interface Failure {
  key: number;
  name: string;
  error: PhotoUploadError | 'LIMIT_REACHED';
}

const TILE = 96;
// Thumbs, not mouse pointers: every control at least 48 px.
const TOUCH = { minHeight: 48, minWidth: 48 };

/**
 * Photos for a record, phone first: the camera (`capture="environment"`) or the album, each file uploaded at
 * once with its progress, thumbnails of what was taken with a button to remove each, refusals in words.
 */
export function PhotoPicker({
  value,
  onChange,
  photos = [],
  max = MAX_PHOTOS,
  disabled = false,
  label,
  onBusyChange,
  upload = uploadPhoto,
}: PhotoPickerProps) {
  const t = useT();
  const hintId = useId();
  const [uploaded, setUploaded] = useState<PhotoRef[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const nextKey = useRef(0);
  // Uploads finish after later renders: each adds its id to the value as it is then.
  const latestValue = useRef(value);
  latestValue.current = value;

  useEffect(() => {
    onBusyChange?.(pending.length > 0);
  }, [pending.length, onBusyChange]);

  const known = new Map([...photos, ...uploaded].map((photo) => [photo.id, photo]));
  const room = max - value.length - pending.length;

  async function send(file: File) {
    const key = nextKey.current++;
    const fail = (error: PhotoUploadError) => setFailures((all) => [...all, { key, name: file.name, error }]);
    const problem = photoFileProblem(file);
    if (problem) return fail(problem);
    setPending((all) => [...all, { key, percent: 0 }]);
    const outcome = await upload(file, (percent) =>
      setPending((all) => all.map((item) => (item.key === key ? { ...item, percent } : item))),
    );
    setPending((all) => all.filter((item) => item.key !== key));
    if (outcome.type === 'REFUSED') return fail(outcome.error);
    setUploaded((all) => [...all, outcome.photo]);
    onChange([...latestValue.current, outcome.photo.id]);
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // The same picture may be chosen again after removing it.
    event.target.value = '';
    if (files.length > room) {
      setFailures((all) => [...all, { key: nextKey.current++, name: '', error: 'LIMIT_REACHED' }]);
    }
    for (const file of files.slice(0, Math.max(room, 0))) void send(file);
  }

  const isFull = room <= 0;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }} aria-describedby={hintId}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {label ?? t('photos.label')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }} data-testid="photo-picker-tiles">
        {value.map((id, index) => {
          const photo = known.get(id);
          return (
            <Box
              key={id}
              sx={{
                position: 'relative',
                width: TILE,
                height: TILE,
                borderRadius: 1,
                overflow: 'hidden',
                bgcolor: 'action.hover',
              }}
            >
              {photo ? (
                <Box
                  component="img"
                  src={photo.thumbnailUrl}
                  alt={t('photos.thumbnailAlt', { number: index + 1 })}
                  sx={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
                />
              ) : null}
              <IconButton
                aria-label={t('photos.remove', { number: index + 1 })}
                disabled={disabled}
                onClick={() => onChange(value.filter((other) => other !== id))}
                sx={{
                  ...TOUCH,
                  position: 'absolute',
                  top: 0,
                  right: 0,
                  color: 'common.white',
                  bgcolor: 'rgba(0,0,0,0.55)',
                  borderRadius: 0,
                  borderBottomLeftRadius: 8,
                  fontSize: 24,
                  lineHeight: 1,
                  '&:hover': { bgcolor: 'rgba(0,0,0,0.75)' },
                }}
              >
                ×
              </IconButton>
            </Box>
          );
        })}
        {pending.map((item) => (
          <Box
            key={`pending-${item.key}`}
            role="status"
            sx={{
              width: TILE,
              height: TILE,
              borderRadius: 1,
              bgcolor: 'action.hover',
              display: 'flex',
              flexDirection: 'column',
              justifyContent: 'center',
              px: 1,
              gap: 1,
            }}
          >
            <Typography variant="caption" align="center">
              {t('photos.uploading', { percent: item.percent })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={item.percent}
              aria-label={t('photos.uploading', { percent: item.percent })}
            />
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button component="label" variant="contained" size="large" disabled={disabled || isFull} sx={TOUCH}>
          {t('photos.takePhoto')}
          <input
            type="file"
            hidden
            accept="image/*"
            capture="environment"
            onChange={choose}
            data-testid="photo-camera-input"
          />
        </Button>
        <Button component="label" variant="outlined" size="large" disabled={disabled || isFull} sx={TOUCH}>
          {t('photos.chooseFromAlbum')}
          <input
            type="file"
            hidden
            accept="image/*"
            multiple
            onChange={choose}
            data-testid="photo-album-input"
          />
        </Button>
      </Box>
      <Typography id={hintId} variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('photos.hint', { max })}
      </Typography>
      {failures.map((failure) => (
        <Alert
          key={failure.key}
          severity="error"
          sx={{ mt: 1 }}
          onClose={() => setFailures((all) => all.filter((other) => other.key !== failure.key))}
          slotProps={{ closeButton: { title: t('photos.dismissError'), sx: TOUCH } }}
        >
          {failure.error === 'LIMIT_REACHED'
            ? t('photos.limitReached', { max })
            : t(`photos.error.${failure.error}`, { name: failure.name })}
        </Alert>
      ))}
    </Box>
  );
}
