// Downloads a server-made workbook with progress: fetch's reader counts the bytes as they stream in (an
// <a download> link shows nothing in the page), then the file is handed to the browser as a blob.

export type DownloadOutcome =
  | { type: 'DONE'; filename: string }
  | { type: 'FORBIDDEN' }
  | { type: 'INVALID'; message: string }
  | { type: 'FAILED' };

/** The file name of a Content-Disposition header (RFC 5987 `filename*=UTF-8''…`), or the fallback. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (!match) return fallback;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return fallback;
  }
}

async function refusalMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message ?? '';
  } catch {
    return '';
  }
}

/** Fetches `url` with the session cookie and saves it; `onProgress` gets the bytes received so far. */
export async function downloadWorkbook(
  url: string,
  fallbackName: string,
  onProgress: (bytes: number) => void,
): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { type: 'FAILED' };
  }
  if (response.status === 401 || response.status === 403) return { type: 'FORBIDDEN' };
  if (response.status === 400) return { type: 'INVALID', message: await refusalMessage(response) };
  if (!response.ok || !response.body) return { type: 'FAILED' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress(received);
    }
  } catch {
    // The server cuts the stream when the export fails half-way: no partial file is saved.
    return { type: 'FAILED' };
  }
  const filename = filenameOf(response.headers.get('Content-Disposition'), fallbackName);
  const blob = new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? '' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled (revoking at once cancels the download in some browsers).
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { type: 'DONE', filename };
}

/** Bytes as a short size for the progress text. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
