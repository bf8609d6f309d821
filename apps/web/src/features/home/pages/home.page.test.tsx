import { ApolloClient, InMemoryCache } from '@apollo/client';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { findBareRuleIds } from '../../../shared/rules/rule-refs';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import type { WorkItemRow } from '../hooks/work-item-view';
import { HomePage, prefetchMyWork } from './home.page';

const NOW = Date.parse('2026-03-02T02:00:00.000Z');

const item = (overrides: Partial<WorkItemRow>): WorkItemRow => ({
  __typename: 'WorkItem',
  kind: 'ACKNOWLEDGE_CASE',
  ruleId: 'REP-2',
  caseId: 'case-1',
  caseCategory: 'MOLESTATION',
  caseRecordedAt: '2026-03-02T01:30:00.000Z',
  staffId: null,
  staffName: null,
  staffRole: null,
  dueAt: '2026-03-02T02:25:00.000Z',
  isOverdue: false,
  isChildInDanger: false,
  openSteps: [],
  ...overrides,
});

const NO_GAPS = { __typename: 'MyCareGaps', institutionId: null, total: 0, canOpenList: false, first: [] };

const answer = (
  items: WorkItemRow[],
  reportedCases: unknown[] = [],
  totalCount = items.length,
  careGaps: unknown = NO_GAPS,
) => ({
  data: {
    myWork: { __typename: 'MyWork', totalCount, items, reportedCases, careGaps },
  },
});

const overdueTalk = {
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
};

function renderHome(viewer: ViewerFieldsFragment, respond: () => ReturnType<typeof answer>) {
  const { link } = buildRecordingLink(respond);
  return renderWithProviders(
    <ViewerProvider viewer={viewer}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/oversight" element={<p>dashboard</p>} />
        <Route path="/institutions" element={<p>institutions</p>} />
      </Routes>
    </ViewerProvider>,
    { link },
  );
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, advanceTimers: true });
});
afterEach(() => jest.useRealTimers());

describe('home 工作台 (issue 10)', () => {
  it('REP-2, REP-3: a head sees her to-do list in the server’s order, with a live countdown and one click to the case', async () => {
    const head = buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' });
    renderHome(head, () =>
      answer([
        item({}),
        item({ kind: 'REPORT_TO_POLICE', ruleId: 'REP-3' }),
        item({
          kind: 'INTERVIEW_DUE',
          caseId: null,
          caseCategory: null,
          caseRecordedAt: null,
          staffId: 'staff-9',
          staffName: '周老师',
          staffRole: 'TEACHER',
          dueAt: '2026-02-01T00:00:00.000Z',
          isOverdue: true,
        }),
      ]),
    );
    const items = await screen.findAllByTestId('work-item');
    expect(items.map((node) => node.getAttribute('data-kind'))).toEqual([
      'ACKNOWLEDGE_CASE',
      'REPORT_TO_POLICE',
      'INTERVIEW_DUE',
    ]);
    expect(items[0]!.textContent).toContain('确认接收案件（猥亵）');
    expect(items[0]!.getAttribute('href')).toBe('/cases/case-1');
    expect(within(items[0]!).getByTestId('work-item-clock').textContent).toContain('25:00');
    expect(within(items[2]!).getByTestId('work-item-clock').getAttribute('data-standing')).toBe('OVERDUE');
    expect(items[2]!.getAttribute('href')).toBe('/staff/staff-9');
    expect(screen.getByTestId('home-institution-card').getAttribute('href')).toBe(
      '/institutions/inst-1/record',
    );
  });

  it('REP-2: an empty list says so, and how many more there are when the list is cut', async () => {
    renderHome(buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' }), () => answer([]));
    expect(await screen.findByText('暂无待办')).toBeTruthy();
  });

  it('REP-1: a teacher gets the big report button and the cases he reported, with their state', async () => {
    const teacher = buildViewer({ permissions: ['REPORT_INCIDENT', 'VIEW_INCIDENTS'] });
    renderHome(teacher, () =>
      answer(
        [],
        [
          {
            __typename: 'ReportedCase',
            id: 'case-7',
            category: 'ABUSE',
            state: 'HEAD_NOTIFIED',
            reportingStatus: 'AWAITING_POLICE_REPORT',
            recordedAt: '2026-03-01T01:00:00.000Z',
            policeReportDueAt: '2026-03-01T02:00:00.000Z',
            policeReportedAt: null,
          },
        ],
      ),
    );
    expect(screen.getByTestId('home-report').getAttribute('href')).toBe('/report');
    const row = await screen.findByTestId('reported-case');
    expect(row.textContent).toContain('虐待');
    expect(row.textContent).toContain('负责人已确认');
  });

  it('REP-1: a teacher who reported nothing sees an empty state', async () => {
    renderHome(buildViewer({ permissions: ['REPORT_INCIDENT'] }), () => answer([]));
    expect(await screen.findByText('您还没有报告过案件')).toBeTruthy();
  });

  it('ORG-1: the committee’s home is the oversight dashboard', async () => {
    renderHome(buildViewer({ role: 'LEADER', home: 'DASHBOARD' }), () => answer([]));
    expect(await screen.findByText('dashboard')).toBeTruthy();
  });

  it('ORG-1: someone who neither reports nor oversees starts at the first page they may use', async () => {
    renderHome(buildViewer({ role: 'ADMIN', home: 'OWN_CASES' }), () => answer([]));
    expect(await screen.findByText('institutions')).toBeTruthy();
  });

  it('PRV-8: a head’s home counts her prevention gaps, shows the first ones with a link to fix each, and opens the page', async () => {
    const head = buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' });
    renderHome(head, () =>
      answer([], [], 0, {
        __typename: 'MyCareGaps',
        institutionId: 'school-1',
        total: 7,
        canOpenList: true,
        first: [overdueTalk],
      }),
    );
    const section = await screen.findByTestId('home-care-gaps');
    expect(within(section).getByText('本校共有 7 项防控缺口，最先的几项：')).toBeTruthy();
    expect(within(section).getByText('谈心谈话已逾期：李小雨')).toBeTruthy();
    expect(within(section).getByRole('link', { name: '去处理' }).getAttribute('href')).toBe(
      '/child-files/file-1',
    );
    expect(within(section).getByRole('link', { name: '查看全部缺口' }).getAttribute('href')).toBe(
      '/prevention-gaps?institution=school-1',
    );
  });

  it('PRV-8: a teacher’s home lists the gaps she is responsible for, without the whole list’s link', async () => {
    const teacher = buildViewer({ role: 'TEACHER', home: 'OWN_CASES', permissions: ['REPORT_INCIDENT'] });
    renderHome(teacher, () =>
      answer([], [], 0, {
        __typename: 'MyCareGaps',
        institutionId: 'school-1',
        total: 1,
        canOpenList: false,
        first: [overdueTalk],
      }),
    );
    const section = await screen.findByTestId('home-care-gaps');
    expect(within(section).getByText('您负责的 1 项防控缺口：')).toBeTruthy();
    expect(within(section).queryByRole('link', { name: '查看全部缺口' })).toBeNull();
  });

  it('PRV-8: without gaps the home shows no gap section', async () => {
    renderHome(buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' }), () => answer([]));
    expect(await screen.findByText('暂无待办')).toBeTruthy();
    expect(screen.queryByTestId('home-care-gaps')).toBeNull();
  });
});

/** The rule IDs the page's info icons carry (in their accessible names and tooltips). */
const carriedRuleIds = () =>
  [...document.querySelectorAll('[data-rule-info]')].map((node) => node.getAttribute('data-rule-info'));

describe('rule IDs where they help (issue 14)', () => {
  const gaps = {
    __typename: 'MyCareGaps',
    institutionId: 'school-1',
    total: 1,
    canOpenList: true,
    first: [overdueTalk],
  };

  it('REP-2, REP-3, PRV-8: a head’s home reads as plain duties; no rule ID in the visible text, the info icons carry them', async () => {
    renderHome(buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' }), () =>
      answer([item({}), item({ kind: 'REPORT_TO_POLICE', ruleId: 'REP-3' })], [], 2, gaps),
    );
    await screen.findAllByTestId('work-item');
    await screen.findByTestId('home-care-gaps');
    expect(findBareRuleIds(document.body.textContent ?? '')).toEqual([]);
    expect(carriedRuleIds().join(' ')).toMatch(/REP-|PRV-/);
  });

  it('REP-1, PRV-8: a teacher’s home shows no bare rule ID either', async () => {
    renderHome(buildViewer({ role: 'TEACHER', home: 'OWN_CASES', permissions: ['REPORT_INCIDENT'] }), () =>
      answer([], [], 0, { ...gaps, canOpenList: false }),
    );
    await screen.findByTestId('home-care-gaps');
    expect(findBareRuleIds(document.body.textContent ?? '')).toEqual([]);
  });
});

describe('the to-do list asked for with the page’s chunk (first paint, issue 14)', () => {
  const head = buildViewer({ role: 'HEAD', home: 'INSTITUTION_CARD' });
  const renderPrefetched = (ageMs: number) => {
    const { link, operations } = buildRecordingLink(() => answer([item({})]));
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    prefetchMyWork(client);
    jest.setSystemTime(NOW + ageMs);
    renderWithProviders(
      <ViewerProvider viewer={head}>
        <HomePage />
      </ViewerProvider>,
      { link, client },
    );
    return operations;
  };

  it('REP-2: a list prefetched just now is shown without asking for it again', async () => {
    const operations = renderPrefetched(2_000);
    expect(await screen.findAllByTestId('work-item')).toHaveLength(1);
    expect(operations.filter((operation) => operation.operationName === 'MyWork')).toHaveLength(1);
  });

  it('REP-2: a list prefetched long ago is asked for again when the page renders', async () => {
    const operations = renderPrefetched(60_000);
    expect(await screen.findAllByTestId('work-item')).toHaveLength(1);
    await screen.findAllByTestId('work-item');
    expect(operations.filter((operation) => operation.operationName === 'MyWork')).toHaveLength(2);
  });
});
