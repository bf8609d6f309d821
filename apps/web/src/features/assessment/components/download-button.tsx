import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';

/** The file name the server gives in Content-Disposition (filename*=UTF-8''…). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)/i.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** Downloads a file from the API with its progress (bytes received), then saves it. */
export function DownloadButton({
  href,
  label,
  fallbackName,
  testId,
}: {
  href: string;
  label: string;
  fallbackName: string;
  testId: string;
}) {
  const t = useT();
  const [received, setReceived] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setFailed(false);
    setReceived(0);
    try {
      const response = await fetch(href, { credentials: 'same-origin' });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        total += value.length;
        setReceived(total);
      }
      const url = URL.createObjectURL(
        new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response, fallbackName);
      document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    } finally {
      setReceived(null);
    }
  };

  return (
    <Stack spacing={0.5} sx={{ minWidth: 160 }}>
      <Button
        variant="outlined"
        onClick={() => void download()}
        disabled={received !== null}
        data-testid={testId}
      >
        {label}
      </Button>
      {received !== null && (
        <>
          <LinearProgress aria-label={t('assessment.download.progress')} />
          <Typography variant="caption">
            {t('assessment.download.received', { kb: Math.ceil(received / 1024) })}
          </Typography>
        </>
      )}
      {failed && (
        <Typography variant="caption" color="error" role="alert">
          {t('assessment.download.failed')}
        </Typography>
      )}
    </Stack>
  );
}
