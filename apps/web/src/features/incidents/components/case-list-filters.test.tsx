import { act, fireEvent, screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import type { CaseListQuery } from '../hooks/case-filter';
import { CaseListFilters } from './case-list-filters';

const { link } = buildRecordingLink(() => ({ data: { institutions: { edges: [] } } }));

async function renderFilters(query: CaseListQuery, showsInstitutionFilters = true) {
  const onChange = jest.fn<void, [CaseListQuery]>();
  renderWithProviders(
    <CaseListFilters query={query} onChange={onChange} showsInstitutionFilters={showsInstitutionFilters} />,
    { link },
  );
  // The institution picker's first search answers.
  await act(() => Promise.resolve());
  return onChange;
}

describe('case list filters (issue 10, contract 2)', () => {
  it('REP-4: choosing a breach writes its link parameter beside the others', async () => {
    const onChange = await renderFilters({ category: 'ABUSE' });
    fireEvent.mouseDown(within(screen.getByTestId('cases-filter-breach')).getByRole('combobox'));
    fireEvent.click(screen.getByRole('option', { name: '瞒报' }));
    expect(onChange).toHaveBeenLastCalledWith({ category: 'ABUSE', breach: 'CONCEALMENT' });
  });

  it('REP-3: the overdue box writes overdue=1 and clearing keeps only the order', async () => {
    const onChange = await renderFilters({ sort: 'POLICE_DUE_ASC', state: 'OPEN' });
    fireEvent.click(screen.getByTestId('cases-filter-overdue'));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'POLICE_DUE_ASC', state: 'OPEN', overdue: '1' });
    fireEvent.click(screen.getByTestId('cases-filter-clear'));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'POLICE_DUE_ASC' });
  });

  it('the street is written when confirmed with Enter, trimmed', async () => {
    const onChange = await renderFilters({});
    const street = within(screen.getByTestId('cases-filter-street')).getByRole('textbox');
    fireEvent.change(street, { target: { value: ' 杨家坪街道 ' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(street, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith({ street: '杨家坪街道' });
  });

  it('ORG-1: a viewer of one institution gets no institution, section, kind or street filters', async () => {
    await renderFilters({}, false);
    expect(screen.queryByTestId('cases-filter-section')).toBeNull();
    expect(screen.queryByTestId('cases-filter-street')).toBeNull();
    expect(screen.getByTestId('cases-filter-category')).toBeTruthy();
  });
});
