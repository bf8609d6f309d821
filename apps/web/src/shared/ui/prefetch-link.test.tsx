import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { prefetchRoute } from '../../app/route-prefetch';
import { PrefetchLink } from './prefetch-link';

jest.mock('../../app/route-prefetch', () => ({ prefetchRoute: jest.fn() }));

describe('PrefetchLink', () => {
  beforeEach(() => jest.mocked(prefetchRoute).mockClear());

  it('starts loading the target page on hover, focus and touch, and keeps its own handlers', () => {
    const onFocus = jest.fn();
    render(
      <MemoryRouter>
        <PrefetchLink to="/cases/c-1?tab=timeline" onFocus={onFocus}>
          案件
        </PrefetchLink>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: '案件' });
    expect(link.getAttribute('href')).toBe('/cases/c-1?tab=timeline');
    expect(prefetchRoute).not.toHaveBeenCalled();

    fireEvent.mouseEnter(link);
    fireEvent.focus(link);
    fireEvent.touchStart(link);
    expect(jest.mocked(prefetchRoute).mock.calls).toEqual([
      ['/cases/c-1?tab=timeline'],
      ['/cases/c-1?tab=timeline'],
      ['/cases/c-1?tab=timeline'],
    ]);
    expect(onFocus).toHaveBeenCalledTimes(1);
  });

  it('takes a path object too', () => {
    render(
      <MemoryRouter>
        <PrefetchLink to={{ pathname: '/institutions/i-1', search: '?x=1' }}>学校</PrefetchLink>
      </MemoryRouter>,
    );
    fireEvent.mouseEnter(screen.getByRole('link', { name: '学校' }));
    expect(prefetchRoute).toHaveBeenCalledWith('/institutions/i-1');
  });
});
