// The child list import's REST routes (Excel files do not travel well through GraphQL). Same session cookie.

export const CHILD_LIST_TEMPLATE_URL = '/api/child-files/import-template';
export const CHILD_LIST_IMPORT_URL = '/api/child-files/import';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ChildListImportOutcome =
  | { type: 'IMPORTED'; created: number }
  | { type: 'REJECTED'; errors: { row: number | null; message: string }[] }
  | { type: 'FAILED' };

/** Uploads the raw .xlsx; the server checks every row and answers with a report. */
export async function uploadChildList(file: Blob): Promise<ChildListImportOutcome> {
  try {
    const response = await fetch(CHILD_LIST_IMPORT_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': XLSX_TYPE },
      body: file,
    });
    const body = (await response.json()) as {
      __typename?: string;
      created?: number;
      errors?: { row: number | null; message: string }[];
    };
    if (body.__typename === 'ChildListImportReport') return { type: 'IMPORTED', created: body.created ?? 0 };
    if (body.__typename === 'ChildListImportRejected') return { type: 'REJECTED', errors: body.errors ?? [] };
    return { type: 'FAILED' };
  } catch {
    return { type: 'FAILED' };
  }
}
