import { screen, within } from '@testing-library/react';
import type { PreventionGapItemFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { PreventionGapsPage } from './prevention-gaps.page';
import { findBareRuleIds } from '../../../shared/rules/rule-refs';

const gap = (overrides: Partial<PreventionGapItemFieldsFragment>): PreventionGapItemFieldsFragment => ({
  __typename: 'PreventionGapItem',
  code: 'WELFARE_TALK_OVERDUE',
  ruleId: 'PRV-8',
  clause: '四(三)',
  subjectKind: 'CHILD',
  label: '李小雨',
  isSubjectHidden: false,
  responsibleStaffName: '王芳',
  fixPath: 'CHILD_FILE',
  fixTargetId: 'file-1',
  ...overrides,
});

const answer = (
  gaps: PreventionGapItemFieldsFragment[],
  viewerCanViewSubjects = true,
  total = gaps.length,
) => ({
  data: {
    preventionGaps: {
      __typename: 'PreventionGaps',
      institutionId: 'inst-1',
      institutionName: '九龙坡区谢家湾小学',
      total,
      viewerCanViewSubjects,
      counts: [
        { __typename: 'PreventionGapCount', code: 'WELFARE_TALK_OVERDUE', ruleId: 'PRV-8', count: total },
      ],
      gaps,
    },
  },
});

function renderPage(respond: () => object, route = '/prevention-gaps', role: 'HEAD' | 'LEADER' = 'HEAD') {
  const { link, operations } = buildRecordingLink(respond);
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role })}>
      <PreventionGapsPage />
    </ViewerProvider>,
    { link, route },
  );
  return operations;
}

describe('the prevention gaps page (PRV-2, PRV-5 to PRV-10)', () => {
  it('PRV-8, PRV-5: the head’s gaps are grouped by rule, each naming what it concerns with a link to fix it', async () => {
    const operations = renderPage(() =>
      answer([
        gap({}),
        gap({
          code: 'NO_LEGAL_VICE_PRINCIPAL',
          ruleId: 'PRV-5',
          subjectKind: 'APPOINTMENT',
          label: '刘建国',
          responsibleStaffName: null,
          fixPath: 'CARE_RECORDS_LEGAL',
          fixTargetId: null,
        }),
        gap({
          label: null,
          isSubjectHidden: true,
          fixTargetId: null,
          code: 'SPECIAL_CHILD_GROWTH_FILE_MISSING',
        }),
      ]),
    );
    expect(await screen.findByText('共 3 项缺口')).toBeTruthy();
    expect(operations[0].variables).toEqual({ institutionId: 'inst-1' });
    const headings = screen.getAllByRole('heading', { level: 2 });
    // The head reads the plain group names; the rule each rests on sits in the heading's info icon.
    expect(headings.map((h) => h.textContent)).toEqual(['法治副校长与法治培训', '重点关爱学生']);
    expect(headings.map((h) => h.querySelector('[data-rule-info]')?.getAttribute('data-rule-info'))).toEqual([
      'PRV-5',
      'PRV-8',
    ]);
    expect(findBareRuleIds(document.body.textContent ?? '')).toEqual([]);
    const cards = screen.getAllByTestId('prevention-gap');
    expect(cards.map((c) => c.querySelector('p')?.textContent)).toEqual([
      '未聘任法治副校长或聘期已满：刘建国',
      '谈心谈话已逾期：李小雨',
      '缺少心理健康成长档案：一名儿童',
    ]);
    expect(within(cards[0]).getByRole('link', { name: '去处理' }).getAttribute('href')).toBe(
      '/care-records?section=legal&institution=inst-1',
    );
    expect(within(cards[1]).getByRole('link', { name: '去处理' }).getAttribute('href')).toBe(
      '/child-files/file-1',
    );
    expect(within(cards[1]).getByText('责任人：王芳')).toBeTruthy();
    // A child the viewer may not open has no link.
    expect(within(cards[2]).queryByRole('link')).toBeNull();
  });

  it('ACC-1: a district reader sees the counts by kind and never a gap’s subject', async () => {
    const operations = renderPage(
      () => answer([], false, 4),
      '/prevention-gaps?institution=inst-9',
      'LEADER',
    );
    expect(await screen.findByText('共 4 项缺口')).toBeTruthy();
    expect(operations[0].variables).toEqual({ institutionId: 'inst-9' });
    expect(
      within(screen.getByTestId('prevention-gap-counts')).getByText('谈心谈话已逾期（PRV-8）：4'),
    ).toBeTruthy();
    expect(screen.queryByTestId('prevention-gap')).toBeNull();
  });

  it('PRV-8: with no gap the page says what to keep doing; an institution out of reach says so', async () => {
    renderPage(() => answer([]));
    expect(await screen.findByText('暂无缺口')).toBeTruthy();
  });

  it('PRV-8: an institution the viewer may not see is explained, not shown', async () => {
    renderPage(() => ({ data: { preventionGaps: null } }));
    expect(await screen.findByText('您无权查看该单位的防控缺口，或该单位不存在。')).toBeTruthy();
  });

  it('ACC-1: without an institution a district reader sees every institution’s counts, most first, each linking to its gaps', async () => {
    const { link, operations } = buildRecordingLink(() => ({
      data: {
        preventionGapOverview: [
          {
            __typename: 'PreventionGapInstitution',
            institutionId: 'inst-1',
            institutionName: '九龙坡区谢家湾小学',
            total: 5,
            counts: [
              { __typename: 'PreventionGapCount', code: 'WELFARE_TALK_OVERDUE', ruleId: 'PRV-8', count: 1 },
            ],
          },
        ],
      },
    }));
    renderWithProviders(
      <ViewerProvider viewer={buildViewer({ role: 'LEADER', institution: null })}>
        <PreventionGapsPage />
      </ViewerProvider>,
      { link },
    );
    const row = await screen.findByTestId('prevention-gap-institution');
    expect(operations[0].operationName).toBe('PreventionGapOverview');
    expect(within(row).getByRole('link', { name: '九龙坡区谢家湾小学' }).getAttribute('href')).toBe(
      '/prevention-gaps?institution=inst-1',
    );
    expect(within(row).getByText('谈心谈话已逾期 1')).toBeTruthy();
    expect(within(row).getByText('共 5 项缺口')).toBeTruthy();
  });
});
