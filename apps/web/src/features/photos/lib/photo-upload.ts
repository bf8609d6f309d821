// Photos travel as raw bytes over REST (/api/photos), with the same session cookie as /graphql.

export const PHOTOS_URL = '/api/photos';
/** The server's limit (apps/api photo-image.ts MAX_PHOTO_BYTES); checked here only to spare the upload. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** The server's limit per record (apps/api photo-attachments.ts MAX_PHOTOS_PER_ATTACH). */
export const MAX_PHOTOS = 9;

/** A stored photo as the API gives it (the GraphQL `Photo` type has the same fields). */
export interface PhotoRef {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

/** Why an upload did not give a photo; each has a message in photos.i18n.ts. */
export type PhotoUploadError =
  'PHOTO_TOO_LARGE' | 'PHOTO_NOT_AN_IMAGE' | 'PHOTO_UNREADABLE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'FAILED';

export type PhotoUploadOutcome =
  { type: 'UPLOADED'; photo: PhotoRef } | { type: 'REFUSED'; error: PhotoUploadError };

const REFUSAL_CODES: readonly PhotoUploadError[] = [
  'PHOTO_TOO_LARGE',
  'PHOTO_NOT_AN_IMAGE',
  'PHOTO_UNREADABLE',
];

/** Refused before upload (the server checks the bytes anyway): too large, or not an image at all. */
export function photoFileProblem(file: { size: number; type: string }): PhotoUploadError | null {
  if (file.size > MAX_PHOTO_BYTES) return 'PHOTO_TOO_LARGE';
  // Some phones give no type for a camera picture: the server decides those by their bytes.
  if (file.type && !file.type.startsWith('image/')) return 'PHOTO_NOT_AN_IMAGE';
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function toPhotoRef(json: unknown): PhotoRef | null {
  if (!isObject(json)) return null;
  const { id, url, thumbnailUrl, width, height } = json;
  if (typeof id !== 'string' || typeof url !== 'string' || typeof thumbnailUrl !== 'string') return null;
  if (typeof width !== 'number' || typeof height !== 'number') return null;
  return { id, url, thumbnailUrl, width, height };
}

/** Reads the upload's answer: 201 and the photo, a refusal's code (413, 422), 401, 403; anything else failed. */
export function parsePhotoUploadResponse(status: number, body: string): PhotoUploadOutcome {
  if (status === 401) return { type: 'REFUSED', error: 'UNAUTHENTICATED' };
  if (status === 403) return { type: 'REFUSED', error: 'FORBIDDEN' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { type: 'REFUSED', error: 'FAILED' };
  }
  if (status === 201) {
    const photo = toPhotoRef(json);
    return photo ? { type: 'UPLOADED', photo } : { type: 'REFUSED', error: 'FAILED' };
  }
  const errors = isObject(json) && Array.isArray(json.errors) ? json.errors : [];
  const first: unknown = errors[0];
  const code = isObject(first) && isObject(first.extensions) ? first.extensions.code : null;
  const known = REFUSAL_CODES.find((refusal) => refusal === code);
  return { type: 'REFUSED', error: known ?? 'FAILED' };
}

/** Uploads one file's bytes with XMLHttpRequest, whose upload events give a progress bar (fetch has none). */
export function uploadPhoto(file: Blob, onProgress: (percent: number) => void): Promise<PhotoUploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', PHOTOS_URL);
    xhr.withCredentials = true;
    // Never a type a cross-site form could send (CSRF); the server reads the bytes, not this.
    xhr.setRequestHeader(
      'Content-Type',
      file.type.startsWith('image/') ? file.type : 'application/octet-stream',
    );
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve(parsePhotoUploadResponse(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ type: 'REFUSED', error: 'FAILED' });
    xhr.send(file);
  });
}
