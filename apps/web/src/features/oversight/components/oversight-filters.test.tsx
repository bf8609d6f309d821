import { fireEvent, screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import type { DashboardFilter } from '../lib/oversight-url';
import { OversightFilters } from './oversight-filters';

const NOW = new Date('2026-03-15T02:00:00.000Z');

function renderFilters(filter: DashboardFilter) {
  const changes: DashboardFilter[] = [];
  const { link } = buildRecordingLink(() => ({ data: null }));
  renderWithProviders(
    <OversightFilters filter={filter} onChange={(next) => changes.push(next)} now={NOW} />,
    {
      link,
    },
  );
  return changes;
}

const choose = (label: string, option: string) => {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: option }));
};

describe('OversightFilters (the period picker and the filters)', () => {
  it('ACC-1: offers 本月, 本学期, 本学年 and 自定义, and a chosen period replaces the custom dates', () => {
    const changes = renderFilters({
      period: 'CUSTOM',
      from: '2026-03-01',
      to: '2026-03-10',
      section: 'BASIC',
    });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '期间' }));
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['本月', '本学期', '本学年', '自定义']);
    fireEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: '本学年' }));
    expect(changes).toEqual([{ period: 'SCHOOL_YEAR', section: 'BASIC', from: undefined, to: undefined }]);
  });

  it('ACC-1: a custom period is applied with its two days, by the button or the Enter key', () => {
    const changes = renderFilters({ period: 'MONTH' });
    choose('期间', '自定义');
    expect(changes).toEqual([]);
    expect((screen.getByLabelText('开始日期', { selector: 'input' }) as HTMLInputElement).value).toBe(
      '2026-03-01',
    );
    fireEvent.change(screen.getByLabelText('结束日期', { selector: 'input' }), {
      target: { value: '2026-03-10' },
    });
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    expect(changes).toEqual([{ period: 'CUSTOM', from: '2026-03-01', to: '2026-03-10', street: undefined }]);
  });

  it('ORG-1: section, kind and street narrow the dashboard', () => {
    const changes = renderFilters({ period: 'MONTH' });
    choose('科室', '学前教育科');
    choose('机构类型', '幼儿园');
    fireEvent.change(screen.getByLabelText('镇街'), { target: { value: ' 杨家坪街道 ' } });
    fireEvent.blur(screen.getByLabelText('镇街'));
    expect(changes).toEqual([
      { period: 'MONTH', section: 'PRESCHOOL' },
      { period: 'MONTH', kind: 'KINDERGARTEN' },
      { period: 'MONTH', street: '杨家坪街道' },
    ]);
  });
});
