import { MAX_PHOTO_BYTES, parsePhotoUploadResponse, photoFileProblem } from './photo-upload';

const photo = {
  id: 'p-1',
  url: '/api/photos/p-1',
  thumbnailUrl: '/api/photos/p-1/thumbnail',
  width: 4,
  height: 3,
};
const refusal = (code: string) => JSON.stringify({ errors: [{ message: '…', extensions: { code } }] });

describe('photo upload over REST', () => {
  it('reads a stored photo (201)', () => {
    expect(parsePhotoUploadResponse(201, JSON.stringify(photo))).toEqual({ type: 'UPLOADED', photo });
  });

  it('reads each refusal by its code, and anything unexpected as a failure', () => {
    expect(parsePhotoUploadResponse(422, refusal('PHOTO_NOT_AN_IMAGE'))).toEqual({
      type: 'REFUSED',
      error: 'PHOTO_NOT_AN_IMAGE',
    });
    expect(parsePhotoUploadResponse(413, refusal('PHOTO_TOO_LARGE'))).toEqual({
      type: 'REFUSED',
      error: 'PHOTO_TOO_LARGE',
    });
    expect(parsePhotoUploadResponse(422, refusal('PHOTO_UNREADABLE'))).toEqual({
      type: 'REFUSED',
      error: 'PHOTO_UNREADABLE',
    });
    expect(parsePhotoUploadResponse(401, '')).toEqual({ type: 'REFUSED', error: 'UNAUTHENTICATED' });
    expect(parsePhotoUploadResponse(403, '{}')).toEqual({ type: 'REFUSED', error: 'FORBIDDEN' });
    expect(parsePhotoUploadResponse(500, '<html>')).toEqual({ type: 'REFUSED', error: 'FAILED' });
    expect(parsePhotoUploadResponse(415, refusal('SOMETHING_ELSE'))).toEqual({
      type: 'REFUSED',
      error: 'FAILED',
    });
    expect(parsePhotoUploadResponse(201, JSON.stringify({ id: 'p-1' }))).toEqual({
      type: 'REFUSED',
      error: 'FAILED',
    });
  });

  it('refuses before uploading a file over 10 MB or one that is not an image; a typeless file goes to the server', () => {
    expect(photoFileProblem({ size: MAX_PHOTO_BYTES + 1, type: 'image/jpeg' })).toBe('PHOTO_TOO_LARGE');
    expect(photoFileProblem({ size: 100, type: 'application/pdf' })).toBe('PHOTO_NOT_AN_IMAGE');
    expect(photoFileProblem({ size: 100, type: 'image/jpeg' })).toBeNull();
    expect(photoFileProblem({ size: 100, type: '' })).toBeNull();
  });
});
