import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { routePatterns } from '../../../app/paths';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { toTrainingOutcome, trainingRefusalKey } from '../training-outcome';
import { TrainingSessionPage } from './training-session.page';

const member = (staffId: string, name: string, post: string, isPresent = false) => ({
  __typename: 'TrainingRegisterMember',
  staffId,
  name,
  role: 'TEACHER',
  employmentType: 'PERMANENT',
  post,
  isPresent,
});
const REGISTER = [
  member('s1', '王芳', '语文教师', true),
  member('s2', '黄秀英', '保洁员'),
  member('s3', '马建国', '食堂厨师'),
];

function renderPage({
  recordAttendance = true,
  found = true,
  attendanceAnswer = { __typename: 'TrainingSession', id: 'session-1', attendeeCount: 3 } as unknown,
} = {}) {
  const { link, operations } = buildRecordingLink((operation) => {
    switch (operation.operationName) {
      case 'TrainingSession':
        return {
          data: {
            trainingSession: found
              ? {
                  __typename: 'TrainingSession',
                  id: 'session-1',
                  topic: 'LAW_AND_ETHICS',
                  heldAt: '2026-03-09T02:00:00.000Z',
                  trainer: '区法院 李法官',
                  materials: null,
                  organiserInstitutionId: 'inst-1',
                  organiserInstitutionName: '九龙坡区谢家湾小学',
                  organiserUnit: null,
                  attendeeCount: 1,
                  viewerCan: {
                    __typename: 'TrainingSessionViewerCan',
                    editSession: recordAttendance,
                    recordAttendance,
                  },
                }
              : null,
          },
        };
      case 'TrainingSessionRegister': {
        const search = (operation.variables.search as string | null) ?? '';
        return { data: { trainingSessionRegister: REGISTER.filter((m) => m.name.includes(search)) } };
      }
      case 'RecordAttendance':
        return { data: { recordAttendance: attendanceAnswer } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.trainingSession} element={<TrainingSessionPage />} />
    </Routes>,
    { link, route: '/training/sessions/session-1' },
  );
  return operations;
}

const checkboxOf = (name: string) =>
  within(
    screen.getAllByTestId('attendance-member').find((row) => row.textContent?.includes(name))!,
  ).getByRole('checkbox');

describe('the attendance page (PRV-5)', () => {
  it('PRV-5: the organiser ticks staff from the register (a cleaner and a cook among them) and marks them present', async () => {
    const operations = renderPage();
    const rows = await screen.findAllByTestId('attendance-member');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toBe('王芳 · 语文教师 · 已签到');
    const present = screen.getByTestId('attendance-present');
    expect(present.hasAttribute('disabled')).toBe(true);
    fireEvent.click(checkboxOf('黄秀英'));
    fireEvent.click(checkboxOf('马建国'));
    expect(present.hasAttribute('disabled')).toBe(false);
    fireEvent.click(present);
    expect((await screen.findByTestId('attendance-notice')).textContent).toBe('已保存签到。');
    const sent = operations.find((o) => o.operationName === 'RecordAttendance');
    expect(sent?.variables).toEqual({
      input: { sessionId: 'session-1', staffIds: ['s2', 's3'], present: true },
    });
    await waitFor(() => expect(checkboxOf('黄秀英')).toHaveProperty('checked', false));
  });

  it('PRV-5: select all chooses every listed member and clears them again; the search asks the server', async () => {
    const operations = renderPage();
    await screen.findAllByTestId('attendance-member');
    const all = within(screen.getByTestId('attendance-select-all')).getByRole('checkbox');
    fireEvent.click(all);
    for (const name of ['王芳', '黄秀英', '马建国']) expect(checkboxOf(name)).toHaveProperty('checked', true);
    fireEvent.click(all);
    for (const name of ['王芳', '黄秀英', '马建国'])
      expect(checkboxOf(name)).toHaveProperty('checked', false);
    fireEvent.change(screen.getByTestId('attendance-search'), { target: { value: '黄' } });
    await waitFor(() => expect(screen.getAllByTestId('attendance-member')).toHaveLength(1));
    expect(
      operations.some((o) => o.operationName === 'TrainingSessionRegister' && o.variables.search === '黄'),
    ).toBe(true);
  });

  it('PRV-5: a refused tick is worded by the page in Chinese', async () => {
    renderPage({ attendanceAnswer: { __typename: 'ValidationError', field: 'staffIds' } });
    await screen.findAllByTestId('attendance-member');
    fireEvent.click(checkboxOf('黄秀英'));
    fireEvent.click(screen.getByTestId('attendance-present'));
    expect((await screen.findByTestId('attendance-notice')).textContent).toContain(
      '所选人员不在可勾选的名册中',
    );
  });

  it('PRV-5: a sign-in sheet import shows the counts and, when rows were not matched, the per-row report', async () => {
    const fetchMock = jest.fn().mockResolvedValue({
      ok: true,
      json: async () => ({
        ticked: 1,
        alreadyTicked: 0,
        refused: 1,
        rows: [
          { row: 2, status: 'TICKED', message: '已登记签到' },
          { row: 3, status: 'NOT_FOUND', message: '名册中没有姓名为“张无名”的在岗人员' },
        ],
      }),
    });
    const realFetch = global.fetch;
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderPage();
      await screen.findAllByTestId('attendance-member');
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File(['x'], '签到表.xlsx')] } });
      expect((await screen.findByTestId('attendance-notice')).textContent).toBe(
        '已登记 1 人，已签到 0 人，未匹配 1 行。',
      );
      expect(screen.getAllByTestId('attendance-import-row').map((r) => r.textContent)).toEqual([
        '第 2 行：已登记签到',
        '第 3 行：名册中没有姓名为“张无名”的在岗人员',
      ]);
      expect(fetchMock.mock.calls[0][0]).toBe('/api/training/sessions/session-1/attendance/import');
    } finally {
      global.fetch = realFetch;
    }
  });

  it('PRV-5: a refused import file shows the server’s reason', async () => {
    const realFetch = global.fetch;
    global.fetch = jest.fn().mockResolvedValue({
      ok: false,
      json: async () => ({ errors: [{ message: '文件中没有任何签到行' }] }),
    }) as unknown as typeof fetch;
    try {
      renderPage();
      await screen.findAllByTestId('attendance-member');
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File(['x'], '签到表.xlsx')] } });
      expect((await screen.findByTestId('attendance-notice')).textContent).toBe(
        '导入失败：文件中没有任何签到行',
      );
      expect(screen.queryByTestId('attendance-import-rows')).toBeNull();
    } finally {
      global.fetch = realFetch;
    }
  });

  it('PRV-5: a reader who did not organise the session sees it without checkboxes', async () => {
    renderPage({ recordAttendance: false });
    expect(await screen.findByText('只有培训的组织者可以登记签到。')).toBeTruthy();
    expect(screen.queryByTestId('attendance-member')).toBeNull();
    expect(screen.queryByTestId('attendance-present')).toBeNull();
  });

  it('PRV-5: a session the viewer may not read is shown as not found', async () => {
    renderPage({ found: false });
    expect(await screen.findByText('没有这次培训，或您无权查看。')).toBeTruthy();
  });
});

describe('training outcomes', () => {
  it('PRV-5: every member of the result unions maps to an outcome and each refusal to a message key', () => {
    expect(toTrainingOutcome({ __typename: 'TrainingSession', id: 's' })).toEqual({ type: 'SAVED', id: 's' });
    const forbidden = toTrainingOutcome({ __typename: 'TrainingForbiddenError', code: 'FORBIDDEN' });
    expect(trainingRefusalKey(forbidden as never)).toBe('training.forbidden');
    const missing = toTrainingOutcome({ __typename: 'TrainingNotFoundError', code: 'NOT_FOUND' });
    expect(trainingRefusalKey(missing as never)).toBe('training.session.notFound');
    for (const [field, key] of [
      ['heldAt', 'training.invalid.heldAt'],
      ['trainer', 'training.invalid.trainer'],
      ['materials', 'training.invalid.materials'],
      ['staffIds', 'training.invalid.staffIds'],
      ['topic', 'training.invalid'],
    ])
      expect(trainingRefusalKey({ type: 'INVALID_INPUT', field })).toBe(key);
  });
});
