import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import type { PhotoRef } from '../lib/photo-upload';

const TILE = 80;
const TOUCH = { minHeight: 48, minWidth: 48 };

/**
 * A record's photos as a row of thumbnails; each opens the full photo in a dialog (full screen on a phone),
 * with previous and next. The photos load from their authorised URLs (each load is audited by the API).
 */
export function PhotoStrip({ photos, label }: { photos: PhotoRef[]; label?: string }) {
  const t = useT();
  const theme = useTheme();
  const isPhone = useMediaQuery(theme.breakpoints.down('sm'));
  const [open, setOpen] = useState<number | null>(null);
  if (photos.length === 0) return null;
  const current = open === null ? null : photos[open];

  return (
    <>
      <Box
        component="ul"
        aria-label={label ?? t('photos.label')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}
      >
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <ButtonBase
              onClick={() => setOpen(index)}
              aria-label={t('photos.open', { number: index + 1 })}
              sx={{ width: TILE, height: TILE, borderRadius: 1, overflow: 'hidden', bgcolor: 'action.hover' }}
            >
              <Box
                component="img"
                src={photo.thumbnailUrl}
                alt={t('photos.thumbnailAlt', { number: index + 1 })}
                loading="lazy"
                sx={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
              />
            </ButtonBase>
          </li>
        ))}
      </Box>
      <Dialog open={current !== null} onClose={() => setOpen(null)} fullScreen={isPhone} maxWidth="lg">
        {current !== null && open !== null ? (
          <>
            <DialogTitle>{t('photos.dialogTitle', { number: open + 1, count: photos.length })}</DialogTitle>
            <DialogContent sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', p: 1 }}>
              <Box
                component="img"
                src={current.url}
                alt={t('photos.thumbnailAlt', { number: open + 1 })}
                width={current.width}
                height={current.height}
                sx={{
                  maxWidth: '100%',
                  maxHeight: isPhone ? 'calc(100vh - 160px)' : '75vh',
                  height: 'auto',
                  width: 'auto',
                }}
              />
            </DialogContent>
            <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
              {photos.length > 1 ? (
                <>
                  <Button sx={TOUCH} disabled={open === 0} onClick={() => setOpen(open - 1)}>
                    {t('photos.previous')}
                  </Button>
                  <Button sx={TOUCH} disabled={open === photos.length - 1} onClick={() => setOpen(open + 1)}>
                    {t('photos.next')}
                  </Button>
                </>
              ) : null}
              <Button sx={TOUCH} variant="contained" onClick={() => setOpen(null)}>
                {t('photos.close')}
              </Button>
            </DialogActions>
          </>
        ) : null}
      </Dialog>
    </>
  );
}
