import { screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildCase } from '../testing/build-case';
import { CasesTable } from './cases-table';

const { link } = buildRecordingLink(() => ({ data: null }));

const breach = (code: 'LATE_REPORT' | 'OMISSION', hop: 'TEACHER_TO_HEAD' | 'SCHOOL_TO_POLICE') => ({
  __typename: 'CaseBreach' as const,
  code,
  hop,
  ruleIds: ['REP-4'],
  occurredAt: '2026-03-02T02:12:00.000Z',
  recordedAt: '2026-03-02T05:02:00.000Z',
});

describe('cases table', () => {
  it('REP-1, REP-2, REP-4: a late teacher → head hop reads 迟报（教师→校长）, beside the police hop and other breaches', () => {
    const incident = buildCase({
      reporting: { ...buildCase().reporting, status: 'IN_BREACH' },
      breaches: [
        breach('LATE_REPORT', 'TEACHER_TO_HEAD'),
        breach('LATE_REPORT', 'SCHOOL_TO_POLICE'),
        breach('OMISSION', 'SCHOOL_TO_POLICE'),
      ],
    });
    renderWithProviders(<CasesTable cases={[incident]} now={Date.parse('2026-03-02T05:03:00.000Z')} />, {
      link,
    });
    const chips = screen.getByTestId('case-row-breaches').querySelectorAll('.MuiChip-label');
    expect([...chips].map((c) => c.textContent)).toEqual([
      '迟报（教师→校长）',
      '迟报（学校→公安机关）',
      '漏报',
    ]);
  });

  it('REP-2: in English the hop reads "Late report (teacher → head)"', () => {
    const incident = buildCase({ breaches: [breach('LATE_REPORT', 'TEACHER_TO_HEAD')] });
    renderWithProviders(<CasesTable cases={[incident]} now={Date.parse('2026-03-02T05:03:00.000Z')} />, {
      link,
      language: 'en',
    });
    expect(screen.getByTestId('case-row-breaches').textContent).toBe('Late report (teacher → head)');
  });
});
