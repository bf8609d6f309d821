import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import type { PhotoRef } from '../lib/photo-upload';
import { PhotoStrip } from './photo-strip';

const { link } = buildRecordingLink(() => ({ data: null }));
const ref = (id: string): PhotoRef => ({
  id,
  url: `/api/photos/${id}`,
  thumbnailUrl: `/api/photos/${id}/thumbnail`,
  width: 1280,
  height: 960,
});

describe('PhotoStrip', () => {
  it('shows thumbnails; one opens the full photo in a dialog, with next and close', async () => {
    renderWithProviders(<PhotoStrip photos={[ref('p-1'), ref('p-2')]} />, { link });
    const strip = screen.getByRole('list', { name: '照片' });
    expect(
      within(strip)
        .getAllByRole('img')
        .map((img) => img.getAttribute('src')),
    ).toEqual(['/api/photos/p-1/thumbnail', '/api/photos/p-2/thumbnail']);
    fireEvent.click(screen.getByRole('button', { name: '查看照片 1' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('照片 1 / 2')).toBeTruthy();
    expect(within(dialog).getByRole('img').getAttribute('src')).toBe('/api/photos/p-1');
    expect((within(dialog).getByRole('button', { name: '上一张' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: '下一张' }));
    expect(within(dialog).getByRole('img').getAttribute('src')).toBe('/api/photos/p-2');
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows nothing for a record without photos', () => {
    const { container } = renderWithProviders(<PhotoStrip photos={[]} />, { link });
    expect(container.textContent).toBe('');
  });
});
