import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildCase } from '../testing/build-case';
import { DisclosureForm } from './disclosure-form';

// 10:05 in Beijing.
const NOW = new Date('2026-03-02T02:05:30.000Z');
const now = () => NOW;

const STAFF = [
  { __typename: 'ReportableStaffMember', id: 'staff-1', name: '刘文静', role: 'SCHOOL_HEAD' },
  { __typename: 'ReportableStaffMember', id: 'staff-7', name: '陈建国', role: 'TEACHER' },
];

function renderForm(respond: Parameters<typeof buildRecordingLink>[0]) {
  // The suspect picker's list is answered here; every other operation by the test.
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'ReportableStaff' ? { data: { reportableStaff: STAFF } } : respond(operation),
  );
  const onRecorded = jest.fn();
  renderWithProviders(<DisclosureForm onRecorded={onRecorded} now={now} />, { link });
  return { operations, onRecorded };
}

const mutationsOf = <T extends { operationName?: string }>(operations: T[]) =>
  operations.filter((operation) => operation.operationName === 'RecordDisclosure');

function fillValidForm(receivedAt = '2026-03-02T10:02') {
  fireEvent.change(screen.getByLabelText(/您得知情况的时间/, { selector: 'input' }), {
    target: { value: receivedAt.replace('T', ' ') },
  });
  fireEvent.click(screen.getByLabelText('猥亵'));
  fireEvent.click(screen.getByLabelText('本校教职工'));
  fireEvent.change(screen.getByLabelText(/学生姓名/), { target: { value: '小红' } });
  fireEvent.change(screen.getByLabelText(/班级/), { target: { value: '三年级二班' } });
  fireEvent.change(screen.getByLabelText(/学生的原话/), { target: { value: '他摸了我。' } });
  fireEvent.click(screen.getByLabelText('否，目前安全'));
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '提交报告' }));

describe('disclosure form', () => {
  it('starts at now in Beijing time with oral chosen', () => {
    renderForm(() => ({ data: null }));
    expect((screen.getByLabelText(/您得知情况的时间/, { selector: 'input' }) as HTMLInputElement).value).toBe(
      '2026-03-02 10:05',
    );
    expect((screen.getByLabelText('口头反映') as HTMLInputElement).checked).toBe(true);
  });

  it('says in Chinese what is missing and sends nothing', async () => {
    const { operations } = renderForm(() => ({ data: null }));
    submit();
    expect(await screen.findByText('请选择学生现在是否仍处于危险中')).toBeTruthy();
    expect(screen.getAllByText('请选择一项')).toHaveLength(2);
    expect(screen.getAllByText('此项为必填项')).toHaveLength(3);
    expect(screen.getByLabelText(/学生姓名/).getAttribute('aria-invalid')).toBe('true');
    expect(mutationsOf(operations)).toHaveLength(0);
  });

  it('REP-3: refuses a time in the future before sending anything', async () => {
    const { operations } = renderForm(() => ({ data: null }));
    fillValidForm('2026-03-02T11:00');
    submit();
    expect(await screen.findByText('接收时间不能晚于现在，请填写您实际得知情况的时间')).toBeTruthy();
    expect(mutationsOf(operations)).toHaveLength(0);
  });

  it('records the disclosure and opens the case', async () => {
    const incident = buildCase({ id: 'case-42' });
    const { operations, onRecorded } = renderForm(() => ({ data: { recordDisclosure: incident } }));
    fillValidForm();
    submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith('case-42'));
    expect(mutationsOf(operations)[0].variables).toEqual({
      input: {
        receivedAt: '2026-03-02T02:02:00.000Z',
        channel: 'ORAL',
        category: 'MOLESTATION',
        suspectType: 'STAFF',
        suspectDescription: null,
        suspectStaffId: null,
        isSuspectHead: false,
        isHeadOtherwiseInConflict: false,
        childName: '小红',
        childClass: '三年级二班',
        childStatement: '他摸了我。',
        isChildInDanger: false,
      },
    });
  });

  it('picks the suspect from the school’s staff with the keyboard and sends the staff record', async () => {
    const incident = buildCase({ id: 'case-43' });
    const { operations, onRecorded } = renderForm(() => ({ data: { recordDisclosure: incident } }));
    fillValidForm();
    const picker = screen.getByRole('combobox', { name: /从本校教职工中选择/ });
    act(() => picker.focus());
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.click(await screen.findByText('陈建国（教师）'));
    expect((picker as HTMLInputElement).value).toBe('陈建国（教师）');
    submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith('case-43'));
    expect(mutationsOf(operations)[0].variables.input).toMatchObject({ suspectStaffId: 'staff-7' });
  });

  it('shows the server refusing a receipt in the future on the time field', async () => {
    const { onRecorded } = renderForm(() => ({
      data: {
        recordDisclosure: {
          __typename: 'ReportingTimeError',
          code: 'INVALID_TIMELINE',
          message: 'Receipt in the future',
          problem: 'RECEIPT_IN_FUTURE',
          ruleId: 'REP-3',
          field: 'receivedAt',
        },
      },
    }));
    fillValidForm();
    submit();
    expect((await screen.findByTestId('disclosure-error')).textContent).toBe('接收时间不能晚于现在。');
    expect(
      screen.getByLabelText(/您得知情况的时间/, { selector: 'input' }).closest('.Mui-error'),
    ).not.toBeNull();
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('says nothing was saved when the server cannot be reached', async () => {
    renderForm(() => new Error('socket hang up'));
    fillValidForm();
    submit();
    expect((await screen.findByTestId('disclosure-error')).textContent).toContain('内容尚未保存');
  });
});
