import { fireEvent, screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildChildFile } from '../testing/child-file-factories';
import { ChildFilesPage } from './child-files.page';

const form = (classes: { id: string; name: string }[]) => ({
  __typename: 'ChildFileForm',
  categories: ['LEFT_BEHIND', 'IN_DIFFICULTY'],
  staff: [],
  classes: classes.map((c) => ({ __typename: 'ChildFileClassOption', headTeacherName: '王芳', ...c })),
});

it('PRV-8: the watched children are cards in the server’s order, the overdue talk marked; the head teacher may open a file', async () => {
  const { link, operations } = buildRecordingLink(() => ({
    data: {
      childFiles: {
        __typename: 'ChildFileList',
        showsChildren: true,
        items: [
          buildChildFile(),
          buildChildFile({
            id: 'file-2',
            childName: '赵小航',
            categories: ['IN_DIFFICULTY'],
            talkStatus: {
              __typename: 'WelfareTalkStatusView',
              lastTalkAt: '2026-02-23T01:00:00.000Z',
              dueAt: '2026-03-23T01:00:00.000Z',
              isOverdue: false,
            },
          }),
        ],
      },
      childFileForm: form([{ id: 'class-1', name: '一年级(1)班' }]),
    },
  }));
  renderWithProviders(<ChildFilesPage />, { link });
  const cards = await screen.findAllByTestId('child-file-card');
  expect(cards).toHaveLength(2);
  expect(within(cards[0]).getByText('李小雨')).toBeTruthy();
  expect(within(cards[0]).getByTestId('child-file-overdue').textContent).toBe('谈心已逾期');
  expect(within(cards[1]).queryByTestId('child-file-overdue')).toBeNull();
  expect(within(cards[1]).getByText('困境儿童')).toBeTruthy();
  expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/child-files/file-1');
  expect(screen.getByTestId('open-child-file')).toBeTruthy();
  expect(operations[0].variables).toEqual({ includeClosed: false });
});

it('PRV-8: without children, an empty state says what to do; without classes to open in, no open button', async () => {
  const { link } = buildRecordingLink(() => ({
    data: {
      childFiles: { __typename: 'ChildFileList', showsChildren: true, items: [] },
      childFileForm: form([]),
    },
  }));
  renderWithProviders(<ChildFilesPage />, { link });
  expect(await screen.findByText('暂无需要关爱的儿童档案')).toBeTruthy();
  expect(screen.getByText(/请点击“建立档案”/)).toBeTruthy();
  expect(screen.queryByTestId('open-child-file')).toBeNull();
});

it('PRV-8: the district sees counts per institution and category, never a child', async () => {
  const { link } = buildRecordingLink((operation) =>
    operation.operationName === 'ChildFiles'
      ? {
          data: {
            childFiles: { __typename: 'ChildFileList', showsChildren: false, items: [] },
            childFileForm: form([]),
          },
        }
      : {
          data: {
            childFileCounts: [
              {
                __typename: 'ChildFileCount',
                institutionId: 'inst-1',
                institutionName: '九龙坡区谢家湾小学',
                section: 'BASIC',
                category: 'LEFT_BEHIND',
                openCount: 2,
                overdueCount: 1,
              },
            ],
          },
        },
  );
  renderWithProviders(<ChildFilesPage />, { link });
  const count = await screen.findByTestId('child-file-count');
  expect(within(count).getByText('九龙坡区谢家湾小学')).toBeTruthy();
  expect(count.textContent).toContain('在档人数：2');
  expect(count.textContent).toContain('谈心逾期：1');
  expect(screen.getByText('您只能看到各单位的关爱儿童人数统计，看不到儿童姓名。')).toBeTruthy();
  expect(screen.queryByTestId('child-file-card')).toBeNull();
});

it('PRV-8: the Excel import shows the server’s report per row when the list is refused', async () => {
  const fetchMock = jest.fn().mockResolvedValue({
    json: () =>
      Promise.resolve({
        __typename: 'ChildListImportRejected',
        errors: [{ row: 3, message: '第 3 行：儿童姓名未填写' }],
      }),
  });
  const original = globalThis.fetch;
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  try {
    const { link } = buildRecordingLink(() => ({
      data: {
        childFiles: { __typename: 'ChildFileList', showsChildren: true, items: [] },
        childFileForm: form([{ id: 'class-1', name: '一年级(1)班' }]),
      },
    }));
    renderWithProviders(<ChildFilesPage />, { link });
    const file = new File(['x'], 'list.xlsx');
    fireEvent.change(await screen.findByTestId('child-list-file'), { target: { files: [file] } });
    expect((await screen.findByTestId('child-list-rejected')).textContent).toContain(
      '第 3 行：儿童姓名未填写',
    );
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/child-files/import',
      expect.objectContaining({ method: 'POST' }),
    );
  } finally {
    globalThis.fetch = original;
  }
});
