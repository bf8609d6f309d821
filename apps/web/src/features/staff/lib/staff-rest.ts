// The staff register's REST routes (Excel files do not travel well through GraphQL). Same session cookie.

export const STAFF_IMPORT_TEMPLATE_URL = '/api/staff/import-template';
export const STAFF_IMPORT_URL = '/api/staff/import';
export const STAFF_EXPORT_URL = '/api/staff/export';
export const DUE_CHECKS_EXPORT_URL = '/api/staff/due-checks/export';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function withQuery(path: string, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The export of the register in scope, narrowed like the list on screen. */
export function staffExportUrl(filter: { search?: string; institutionId?: string | null } = {}): string {
  return withQuery(STAFF_EXPORT_URL, { search: filter.search?.trim(), institutionId: filter.institutionId });
}

/** The export of the due list as filtered on screen (the page's own kind, section and overdue). */
export function dueChecksExportUrl(filter: {
  kind?: string | null;
  section?: string | null;
  institutionKind?: string | null;
  street?: string | null;
  institutionId?: string | null;
  isOverdue?: boolean | null;
}): string {
  return withQuery(DUE_CHECKS_EXPORT_URL, {
    kind: filter.kind,
    section: filter.section,
    institutionKind: filter.institutionKind,
    street: filter.street,
    institutionId: filter.institutionId,
    overdue: filter.isOverdue === true ? '1' : null,
  });
}

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
  code: string;
}

export type StaffImportOutcome =
  | { type: 'IMPORTED'; rowCount: number; importedCount: number; blockedCount: number }
  | { type: 'REJECTED'; rowCount: number; errors: ImportRowError[] }
  | { type: 'UNAUTHENTICATED' }
  | { type: 'FORBIDDEN' }
  | { type: 'FAILED' };

export type ImportFileProblem = 'WRONG_TYPE' | 'TOO_LARGE';

/** Refused before upload: only .xlsx, at most 20 MB (the server refuses the rest anyway). */
export function importFileProblem(file: { name: string; size: number }): ImportFileProblem | null {
  if (!file.name.toLowerCase().endsWith('.xlsx')) return 'WRONG_TYPE';
  if (file.size > MAX_IMPORT_BYTES) return 'TOO_LARGE';
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toRowError(value: unknown): ImportRowError {
  const item = isObject(value) ? value : {};
  return {
    row: typeof item.row === 'number' ? item.row : 0,
    column: typeof item.column === 'string' ? item.column : null,
    message: typeof item.message === 'string' ? item.message : '',
    code: typeof item.code === 'string' ? item.code : '',
  };
}

/** Reads the import answer: 200 report, 422/429 refusals with their errors, 401/403; anything else failed. */
export function parseImportResponse(status: number, body: string): StaffImportOutcome {
  if (status === 401) return { type: 'UNAUTHENTICATED' };
  if (status === 403) return { type: 'FORBIDDEN' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { type: 'FAILED' };
  }
  if (!isObject(json)) return { type: 'FAILED' };
  const count = (key: string) => (typeof json[key] === 'number' ? (json[key] as number) : 0);
  if (status === 200 && json.__typename === 'StaffImportReport') {
    return {
      type: 'IMPORTED',
      rowCount: count('rowCount'),
      importedCount: count('importedCount'),
      blockedCount: count('blockedCount'),
    };
  }
  // 429: the institution's import queue is full; the refusal says so in the same shape.
  const isRefusal = status === 422 || status === 429;
  if (isRefusal && json.__typename === 'ImportRejectedError' && Array.isArray(json.errors)) {
    return { type: 'REJECTED', rowCount: count('rowCount'), errors: json.errors.map(toRowError) };
  }
  return { type: 'FAILED' };
}

/** Uploads the raw file with XMLHttpRequest, whose upload events give a progress bar (fetch has none). */
export function uploadStaffRoster(
  file: Blob,
  {
    institutionId,
    onProgress,
    onUploaded,
  }: {
    institutionId?: string | null;
    onProgress: (percent: number) => void;
    onUploaded: () => void;
  },
): Promise<StaffImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withQuery(STAFF_IMPORT_URL, { institutionId }));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', XLSX_TYPE);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => {
      onProgress(100);
      onUploaded();
    };
    xhr.onload = () => resolve(parseImportResponse(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ type: 'FAILED' });
    xhr.send(file);
  });
}
