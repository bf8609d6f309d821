import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/i18n';
import type { CursorPages } from '../hooks/use-cursor-pages';
import { PagedConnection } from './paged-connection';

const pages: CursorPages = {
  after: null,
  pageNumber: 1,
  hasPrevious: false,
  goNext: jest.fn(),
  goPrevious: jest.fn(),
};

const connection = (names: string[]) => ({
  edges: names.map((name) => ({ node: { name } })),
  pageInfo: { hasNextPage: false, endCursor: null },
});

function List(props: { shown: ReturnType<typeof connection> | undefined; error?: unknown; keeps?: boolean }) {
  return (
    <I18nProvider initialLanguage="zh-CN">
      <PagedConnection
        connection={props.shown}
        loading={false}
        error={props.error}
        onRetry={onRetry}
        pages={pages}
        empty={<p>没有记录</p>}
        canKeepRowsOnError={props.keeps}
      >
        {(nodes) => nodes.map((node) => <p key={node.name}>{node.name}</p>)}
      </PagedConnection>
    </I18nProvider>
  );
}

const onRetry = jest.fn();

describe('PagedConnection', () => {
  it('keeps the rows it showed when a refresh fails, under the error and its retry, so the failure is never silent', () => {
    render(<List shown={connection(['一号案件'])} error={new Error('network')} keeps />);
    expect(screen.getByText('一号案件')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('数据加载失败');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows only the error when rows are not to be kept', () => {
    render(<List shown={connection(['一号案件'])} error={new Error('network')} />);
    expect(screen.queryByText('一号案件')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('数据加载失败');
  });

  it('shows the empty state for an empty page without an error', () => {
    render(<List shown={connection([])} keeps />);
    expect(screen.getByText('没有记录')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
