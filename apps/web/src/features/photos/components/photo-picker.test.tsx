import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import type { Language } from '../../../i18n/i18n';
import type { PhotoRef, PhotoUploadOutcome } from '../lib/photo-upload';
import { PhotoPicker } from './photo-picker';

const { link } = buildRecordingLink(() => ({ data: null }));

const ref = (id: string): PhotoRef => ({
  id,
  url: `/api/photos/${id}`,
  thumbnailUrl: `/api/photos/${id}/thumbnail`,
  width: 640,
  height: 480,
});

/** An upload the test finishes by hand, after reporting progress. */
function manualUpload() {
  const calls: {
    file: Blob;
    progress: (percent: number) => void;
    finish: (o: PhotoUploadOutcome) => void;
  }[] = [];
  const upload = (file: Blob, progress: (percent: number) => void) =>
    new Promise<PhotoUploadOutcome>((finish) => calls.push({ file, progress, finish }));
  return { upload, calls };
}

function Harness({
  upload,
  initial = [],
  photos = [],
  onIds,
}: {
  upload: (file: Blob, progress: (percent: number) => void) => Promise<PhotoUploadOutcome>;
  initial?: string[];
  photos?: PhotoRef[];
  onIds?: (ids: string[]) => void;
}) {
  const [ids, setIds] = useState(initial);
  return (
    <PhotoPicker
      value={ids}
      photos={photos}
      upload={upload}
      onChange={(next) => {
        setIds(next);
        onIds?.(next);
      }}
    />
  );
}

const jpeg = (name = 'IMG_0001.jpg', size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

function pick(testId: string, files: File[]) {
  fireEvent.change(screen.getByTestId(testId), { target: { files } });
}

function renderPicker(props: Parameters<typeof Harness>[0], language: Language = 'zh-CN') {
  return renderWithProviders(<Harness {...props} />, { link, language });
}

describe('PhotoPicker', () => {
  it('opens the rear camera for photos, with big touch targets, and the album for several at once', () => {
    renderPicker({ upload: manualUpload().upload });
    const camera = screen.getByTestId('photo-camera-input');
    expect(camera.getAttribute('accept')).toBe('image/*');
    expect(camera.getAttribute('capture')).toBe('environment');
    const album = screen.getByTestId('photo-album-input');
    expect(album.hasAttribute('multiple')).toBe(true);
    expect(screen.getByText('拍照')).toBeTruthy();
    expect(screen.getByText('从相册选择')).toBeTruthy();
    expect(screen.getByText(/上传时会去除拍摄位置等信息/)).toBeTruthy();
  });

  it('shows the upload’s progress, then the thumbnail, and adds the photo’s id to the value', async () => {
    const { upload, calls } = manualUpload();
    const seen: string[][] = [];
    renderPicker({ upload, onIds: (ids) => seen.push(ids) });
    pick('photo-camera-input', [jpeg()]);
    expect(calls).toHaveLength(1);
    act(() => calls[0].progress(40));
    expect(screen.getByRole('status').textContent).toContain('正在上传 40%');
    expect(screen.getByRole('progressbar', { name: '正在上传 40%' })).toBeTruthy();
    await act(async () => calls[0].finish({ type: 'UPLOADED', photo: ref('p-1') }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('img', { name: '照片 1' }).getAttribute('src')).toBe('/api/photos/p-1/thumbnail');
    expect(seen).toEqual([['p-1']]);
  });

  it('keeps both photos when two uploads finish out of order', async () => {
    const { upload, calls } = manualUpload();
    const seen: string[][] = [];
    renderPicker({ upload, onIds: (ids) => seen.push(ids) });
    pick('photo-album-input', [jpeg('a.jpg'), jpeg('b.jpg')]);
    expect(calls).toHaveLength(2);
    await act(async () => calls[1].finish({ type: 'UPLOADED', photo: ref('p-b') }));
    await act(async () => calls[0].finish({ type: 'UPLOADED', photo: ref('p-a') }));
    expect(seen.at(-1)).toEqual(['p-b', 'p-a']);
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('removes a photo with its own button', () => {
    const seen: string[][] = [];
    renderPicker({
      upload: manualUpload().upload,
      initial: ['p-1', 'p-2'],
      photos: [ref('p-1'), ref('p-2')],
      onIds: (ids) => seen.push(ids),
    });
    fireEvent.click(screen.getByRole('button', { name: '删除照片 1' }));
    expect(seen).toEqual([['p-2']]);
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).toEqual([
      '/api/photos/p-2/thumbnail',
    ]);
  });

  it('says in Chinese why the server refused a file (a renamed text file), and the message can be dismissed', async () => {
    const { upload, calls } = manualUpload();
    renderPicker({ upload });
    pick('photo-camera-input', [jpeg('notes.jpg')]);
    await act(async () => calls[0].finish({ type: 'REFUSED', error: 'PHOTO_NOT_AN_IMAGE' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('“notes.jpg”不是 JPEG、PNG 或 WebP 照片');
    fireEvent.click(within(alert).getByRole('button'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a file over 10 MB without uploading it, in English when the viewer reads English', () => {
    const { upload, calls } = manualUpload();
    renderPicker({ upload }, 'en');
    pick('photo-album-input', [jpeg('huge.jpg', 10 * 1024 * 1024 + 1)]);
    expect(calls).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain('“huge.jpg” is larger than 10 MB');
    expect(screen.getByText('Take photo')).toBeTruthy();
  });

  it('takes at most nine photos and says so', () => {
    const { upload, calls } = manualUpload();
    const initial = Array.from({ length: 8 }, (_, i) => `p-${i}`);
    renderPicker({ upload, initial, photos: initial.map(ref) });
    pick('photo-album-input', [jpeg('a.jpg'), jpeg('b.jpg')]);
    expect(calls).toHaveLength(1);
    expect(screen.getByRole('alert').textContent).toContain('最多只能添加 9 张照片');
  });
});
