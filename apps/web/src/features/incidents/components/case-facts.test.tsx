import { screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildCaseWithChild } from '../testing/build-case';
import { CaseFacts } from './case-facts';

const { link } = buildRecordingLink(() => ({ data: null }));

describe('case facts', () => {
  it('REP-7: shows the child and the child’s words when the API sends them, times in Beijing time', () => {
    renderWithProviders(<CaseFacts incident={buildCaseWithChild()} />, { link });
    expect(screen.getByTestId('case-child').textContent).toBe('小红，三年级二班');
    expect(screen.getByTestId('case-statement').textContent).toBe('他摸了我。');
    expect(screen.getByTestId('case-facts').textContent).toContain('2026-03-02 10:02:00');
    expect(screen.queryByTestId('case-child-hidden')).toBeNull();
  });

  it('REP-7: outside the need-to-know group says the identity is hidden and shows nothing of it', () => {
    renderWithProviders(
      <CaseFacts incident={buildCaseWithChild({ child: null, childStatement: null, access: 'SUMMARY' })} />,
      {
        link,
      },
    );
    expect(screen.getByTestId('case-child-hidden').textContent).toContain('学生身份已隐藏');
    expect(screen.queryByTestId('case-child')).toBeNull();
    expect(document.body.textContent).not.toContain('小红');
    expect(document.body.textContent).not.toContain('他摸了我');
  });
});
