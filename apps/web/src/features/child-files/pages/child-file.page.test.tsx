import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildChildFile } from '../testing/child-file-factories';
import { ChildFileDetail, ChildFilePage } from './child-file.page';

it('PRV-8: a refused or missing file says who may read it and that the attempt is recorded', async () => {
  const { link } = buildRecordingLink(() => ({ data: { childFile: null } }));
  renderWithProviders(<ChildFilePage />, { link });
  const notFound = await screen.findByTestId('child-file-not-found');
  expect(notFound.textContent).toContain('找不到这份档案，或您无权查阅');
  expect(notFound.textContent).toContain('本次查阅已记录');
});

it('PRV-8: the head teacher sees the files and talks and records a talk; no close without the permit', async () => {
  const { link, operations } = buildRecordingLink(() => ({
    data: {
      recordWelfareTalk: buildChildFile({ talkStatus: { ...buildChildFile().talkStatus, isOverdue: false } }),
    },
  }));
  renderWithProviders(<ChildFileDetail file={buildChildFile()} />, { link });
  expect(screen.getByTestId('child-file-overdue').textContent).toContain('谈心已逾期');
  expect(within(screen.getByTestId('child-file-growth')).getByText('未填写')).toBeTruthy();
  expect(screen.getAllByTestId('child-file-talk')).toHaveLength(1);
  expect(screen.queryByTestId('child-file-close')).toBeNull();
  fireEvent.change(screen.getByTestId('talk-note'), { target: { value: '聊了寒假生活' } });
  fireEvent.change(screen.getByTestId('talk-day'), { target: { value: '2026-03-01' } });
  fireEvent.click(screen.getByTestId('talk-submit'));
  await waitFor(() => expect(operations).toHaveLength(1));
  expect(operations[0].variables).toEqual({
    input: { fileId: 'file-1', kind: 'TALK', heldAt: '2026-02-28T16:00:00.000Z', note: '聊了寒假生活' },
  });
  expect(await screen.findByText('已登记。')).toBeTruthy();
});

it('PRV-8: the head closes a file only after confirming; a reader without permits gets no forms', async () => {
  const { link, operations } = buildRecordingLink(() => ({
    data: {
      closeChildFile: buildChildFile({ closedAt: '2026-03-02T01:00:00.000Z', closingReason: '父母返乡' }),
    },
  }));
  const { unmount } = renderWithProviders(
    <ChildFileDetail
      file={buildChildFile({
        viewerCan: { __typename: 'ChildFileViewerCan', recordTalk: true, updateFile: true, closeFile: true },
      })}
    />,
    { link },
  );
  fireEvent.change(screen.getByTestId('close-reason'), { target: { value: '父母返乡' } });
  fireEvent.click(screen.getByTestId('close-file'));
  expect(operations).toHaveLength(0);
  const dialog = await screen.findByTestId('close-file-confirm');
  fireEvent.click(within(dialog).getAllByRole('button').at(-1)!);
  await waitFor(() => expect(operations).toHaveLength(1));
  expect(operations[0].variables).toEqual({ input: { fileId: 'file-1', reason: '父母返乡' } });
  unmount();
  renderWithProviders(
    <ChildFileDetail
      file={buildChildFile({
        viewerCan: {
          __typename: 'ChildFileViewerCan',
          recordTalk: false,
          updateFile: false,
          closeFile: false,
        },
      })}
    />,
    { link },
  );
  expect(screen.queryByTestId('talk-form')).toBeNull();
  expect(screen.queryByTestId('close-file-form')).toBeNull();
});

it('PRV-8: a carer adds the missing growth file through the edit form', async () => {
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'ChildFileForm'
      ? {
          data: {
            childFileForm: {
              __typename: 'ChildFileForm',
              categories: ['LEFT_BEHIND', 'IN_DIFFICULTY'],
              staff: [{ __typename: 'ChildFileStaff', id: 'staff-1', name: '赵老师', post: '心理辅导老师' }],
            },
          },
        }
      : { data: { updateChildFile: buildChildFile({ growthFile: '开朗。' }) } },
  );
  renderWithProviders(<ChildFileDetail file={buildChildFile()} />, { link });
  fireEvent.click(screen.getByTestId('edit-child-file'));
  fireEvent.change(await screen.findByTestId('edit-growth-file'), { target: { value: '开朗。' } });
  fireEvent.click(screen.getByTestId('edit-child-file-submit'));
  await waitFor(() => expect(operations.map((o) => o.operationName)).toContain('UpdateChildFile'));
  expect(operations.find((o) => o.operationName === 'UpdateChildFile')!.variables).toEqual({
    input: {
      fileId: 'file-1',
      studentNumber: '',
      categories: ['LEFT_BEHIND'],
      counsellorStaffIds: [],
      personalFile: '与祖母同住。',
      growthFile: '开朗。',
    },
  });
});
