import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { WelfareNoteForm } from '../forms/welfare-note-form';
import { buildCase, buildCasePageCase, buildWelfareNote } from '../testing/build-case';
import { WelfareNotesSection } from './welfare-notes-section';

const NOW = new Date('2026-03-02T02:40:00.000Z'); // 10:40 Beijing time
const now = () => NOW;

describe('welfare notes section (REP-10)', () => {
  const { link } = buildRecordingLink(() => ({ data: null }));

  it('REP-10: lists each note with time, recorder, note, guardian-told time and 休学, in Beijing time', () => {
    const incident = buildCasePageCase({
      welfareNotes: [
        buildWelfareNote(),
        buildWelfareNote({
          id: 'note-2',
          concernNote: '情绪低落，已安排休学。',
          guardianToldAt: null,
          isStudySuspended: true,
        }),
      ],
    });
    renderWithProviders(<WelfareNotesSection incident={incident} />, { link });
    const [first, second] = screen.getAllByTestId('welfare-note');
    expect(first.textContent).toContain('2026-03-02 11:00');
    expect(first.textContent).toContain('刘校长');
    expect(first.textContent).toContain('课间独处，不愿与同学交流。');
    expect(within(first).getByTestId('welfare-guardian-told').textContent).toBe('2026-03-02 10:30');
    expect(within(first).getByTestId('welfare-study-suspended').textContent).toBe('否');
    expect(within(second).getByTestId('welfare-guardian-told').textContent).toBe('尚未告知');
    expect(within(second).getByTestId('welfare-study-suspended').textContent).toBe('是');
    expect(screen.queryByTestId('welfare-empty')).toBeNull();
  });

  it('REP-10: with no notes says what to do, and offers the form to those who may record', () => {
    renderWithProviders(<WelfareNotesSection incident={buildCasePageCase()} />, { link });
    expect(screen.getByTestId('welfare-empty').textContent).toContain('请在下方记录');
    expect(screen.getByTestId('welfare-note-form')).toBeTruthy();
  });

  it('REP-10: without the right to record, the empty state says whom to tell and there is no form', () => {
    const base = buildCasePageCase();
    const incident = { ...base, viewerCan: { ...base.viewerCan, canRecordWelfareNote: false } };
    renderWithProviders(<WelfareNotesSection incident={incident} />, { link });
    expect(screen.getByTestId('welfare-empty').textContent).toContain('学校负责人');
    expect(screen.queryByTestId('welfare-note-form')).toBeNull();
  });

  it('REP-7: outside the need-to-know group (notes null) says they are restricted and shows no form', () => {
    const incident = {
      ...buildCasePageCase({ child: null, childStatement: null, access: 'SUMMARY', welfareNotes: null }),
      viewerCan: { ...buildCase().viewerCan, canRecordWelfareNote: false },
    };
    renderWithProviders(<WelfareNotesSection incident={incident} />, { link });
    expect(screen.getByTestId('welfare-restricted').textContent).toContain('仅限知情范围内人员查看');
    expect(screen.queryByTestId('welfare-note-form')).toBeNull();
    expect(screen.queryByTestId('welfare-note')).toBeNull();
  });
});

describe('welfare note form (REP-10)', () => {
  function renderForm(respond: Parameters<typeof buildRecordingLink>[0]) {
    const { link, operations } = buildRecordingLink(respond);
    renderWithProviders(<WelfareNoteForm caseId="case-1" now={now} />, { link });
    return { calls: () => operations.filter((o) => o.operationName === 'RecordWelfareNote') };
  }
  const submit = () => fireEvent.click(screen.getByRole('button', { name: '保存心理关注记录' }));

  it('REP-10: requires the note in Chinese and sends nothing', async () => {
    const { calls } = renderForm(() => ({ data: null }));
    submit();
    expect(await screen.findByText('此项为必填项')).toBeTruthy();
    expect(calls()).toHaveLength(0);
  });

  it('REP-10: refuses a guardian-told time in the future before sending', async () => {
    const { calls } = renderForm(() => ({ data: null }));
    fireEvent.change(screen.getByTestId('welfare-concern-note'), { target: { value: '失眠' } });
    expect(screen.queryByTestId('welfare-guardian-told-at')).toBeNull();
    fireEvent.click(screen.getByTestId('welfare-is-guardian-told'));
    const time = await screen.findByTestId('welfare-guardian-told-at');
    expect((time as HTMLInputElement).value).toBe('2026-03-02 10:40');
    fireEvent.change(time, { target: { value: '2026-03-02 11:00' } });
    submit();
    expect(await screen.findByText('告知监护人的时间不能晚于现在')).toBeTruthy();
    expect(calls()).toHaveLength(0);
  });

  it('REP-10: sends the note with the guardian-told time as UTC and shows the API refusing it', async () => {
    const { calls } = renderForm(() => ({
      data: {
        recordWelfareNote: {
          __typename: 'ValidationError',
          code: 'VALIDATION_FAILED',
          message: 'guardianToldAt is in the future',
          field: 'guardianToldAt',
        },
      },
    }));
    fireEvent.change(screen.getByTestId('welfare-concern-note'), { target: { value: ' 夜里失眠 ' } });
    fireEvent.click(screen.getByTestId('welfare-is-guardian-told'));
    fireEvent.change(await screen.findByTestId('welfare-guardian-told-at'), {
      target: { value: '2026-03-02 10:30' },
    });
    fireEvent.click(screen.getByTestId('welfare-is-study-suspended'));
    submit();
    expect(await screen.findByTestId('welfare-note-error')).toBeTruthy();
    expect(screen.getByText('告知监护人的时间不能晚于现在')).toBeTruthy();
    await waitFor(() => expect(calls()).toHaveLength(1));
    expect(calls()[0].variables).toEqual({
      input: {
        caseId: 'case-1',
        concernNote: '夜里失眠',
        guardianToldAt: '2026-03-02T02:30:00.000Z',
        isStudySuspended: true,
      },
    });
  });
});
