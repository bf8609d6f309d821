import { screen, within } from '@testing-library/react';
import { CasesTable } from '../../features/incidents/components/cases-table';
import { buildCase } from '../../features/incidents/testing/build-case';
import { buildRecordingLink, renderWithProviders } from '../testing/render-with-providers';
import { mockScreenWidth, restoreScreenWidth } from '../testing/screen-width';
import { ResponsiveTable } from './responsive-table';

const { link } = buildRecordingLink(() => ({ data: null }));
type Row = { id: string; name: string; kind: string };
const rows: Row[] = [
  { id: 'a', name: '九龙坡区谢家湾小学', kind: '小学' },
  { id: 'b', name: '九龙坡区机关幼儿园', kind: '幼儿园' },
];

function renderList() {
  return renderWithProviders(
    <ResponsiveTable
      rows={rows}
      rowKey={(row) => row.id}
      rowProps={(row) => ({ 'data-testid': 'row', 'data-id': row.id })}
      label="机构列表"
      testId="list"
      columns={[
        { key: 'name', header: '名称', card: 'title', render: (row) => row.name },
        {
          key: 'kind',
          header: '类型',
          cellProps: () => ({ 'data-testid': 'kind' }),
          render: (row) => row.kind,
        },
        { key: 'act', header: '操作', card: 'plain', render: (row) => <button>打开 {row.id}</button> },
      ]}
    />,
    { link },
  );
}

afterEach(restoreScreenWidth);

describe('responsive lists (issue 14)', () => {
  it('from 600 px: a table with a header row and one row per record', () => {
    mockScreenWidth(1024);
    renderList();
    const table = screen.getByRole('table', { name: '机构列表' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['名称', '类型', '操作']);
    expect(screen.getAllByTestId('row')).toHaveLength(2);
  });

  it('below 600 px: the same facts and actions as cards, titled, labelled, with the same test ids', () => {
    mockScreenWidth(390);
    renderList();
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: '机构列表' });
    expect(list.dataset.testid).toBe('list');
    const cards = within(list).getAllByTestId('row');
    expect(cards.map((card) => card.dataset.id)).toEqual(['a', 'b']);
    expect(within(cards[0]!).getByText('九龙坡区谢家湾小学')).toBeTruthy();
    expect(within(cards[0]!).getByText('类型')).toBeTruthy();
    expect(within(cards[0]!).getByTestId('kind').textContent).toBe('小学');
    expect(within(cards[1]!).getByRole('button', { name: '打开 b' })).toBeTruthy();
  });

  it('REP-1, REP-4: on a phone a case card shows the countdown first and the breaches next', () => {
    mockScreenWidth(390);
    const incident = buildCase({ institutionName: '九龙坡区谢家湾小学' });
    renderWithProviders(<CasesTable cases={[incident]} now={Date.parse('2026-03-02T05:03:00.000Z')} />, {
      link,
    });
    const card = screen.getByTestId('case-row');
    expect(card.tagName).toBe('LI');
    const facts = [...card.querySelectorAll('dd')].map((dd) => dd.dataset.testid ?? '');
    expect(facts.slice(0, 2)).toEqual(['case-row-time-left', 'case-row-breaches']);
    expect(within(card).getByTestId('case-row-time-left').getAttribute('role')).toBe('timer');
    expect(within(card).getByTestId('case-row-child').textContent).toBe('已隐藏');
    expect(within(card).getByTestId('case-row-link')).toBeTruthy();
  });
});
