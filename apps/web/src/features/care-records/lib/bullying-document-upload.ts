/** The audited download of an anti-bullying document (REST, same session cookie). */
export const bullyingDocumentUrl = (id: string) =>
  `/api/care-records/bullying-documents/${encodeURIComponent(id)}`;

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export type UploadOutcome = { ok: true } | { ok: false; message: string };

/**
 * PRV-10: uploads the file's bytes with its kind, title and adoption day (the server decides the type from
 * the bytes and answers refusals in Chinese, which are shown as they are).
 */
export async function uploadBullyingDocument(
  institutionId: string,
  meta: { kind: string; title: string; adoptedOn: string },
  file: File,
): Promise<UploadOutcome> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  const query = new URLSearchParams(meta).toString();
  try {
    const response = await fetch(
      `/api/care-records/${encodeURIComponent(institutionId)}/bullying-documents?${query}`,
      {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': TYPES[extension] ?? 'application/octet-stream' },
        body: file,
      },
    );
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    return { ok: false, message: body?.errors?.[0]?.message ?? String(response.status) };
  } catch {
    return { ok: false, message: 'network' };
  }
}
