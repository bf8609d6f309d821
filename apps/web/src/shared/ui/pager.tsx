import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/i18n';

export function Pager({
  pageNumber,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  summary,
}: {
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  summary?: string;
}) {
  const t = useT();
  return (
    <Box
      component="nav"
      aria-label={t('common.pageNumber', { page: pageNumber })}
      sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2, flexWrap: 'wrap' }}
    >
      {summary ? (
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {summary}
        </Typography>
      ) : (
        <Box sx={{ flex: 1 }} />
      )}
      <Button variant="outlined" size="small" disabled={!hasPrevious} onClick={onPrevious}>
        {t('common.previousPage')}
      </Button>
      <Typography variant="body2" aria-live="polite">
        {t('common.pageNumber', { page: pageNumber })}
      </Typography>
      <Button variant="outlined" size="small" disabled={!hasNext} onClick={onNext}>
        {t('common.nextPage')}
      </Button>
    </Box>
  );
}
