import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { residentIdCheckCharacter } from '@xiaohu/domain';
import { buildStaffMember } from '../testing/staff-factories';
import { AddCandidateForm } from './add-candidate-form';

const FIRST_17 = '50010719900101123';
const VALID_ID = FIRST_17 + residentIdCheckCharacter(FIRST_17);
const WRONG_CHECK_ID = FIRST_17 + (residentIdCheckCharacter(FIRST_17) === '1' ? '2' : '1');

function renderForm(respond: Parameters<typeof buildRecordingLink>[0] = () => ({ data: null })) {
  const { link, operations } = buildRecordingLink(respond);
  const onAdded = jest.fn();
  renderWithProviders(<AddCandidateForm onAdded={onAdded} />, { link });
  return { operations, onAdded };
}

function fill(values: Partial<Record<'name' | 'id' | 'phone' | 'role' | 'employment' | 'post', string>>) {
  const set = (label: string, value: string | undefined) => {
    if (value !== undefined)
      fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
  };
  set('姓名', values.name);
  set('身份证号', values.id);
  set('手机号', values.phone);
  set('岗位角色', values.role);
  set('用工类型', values.employment);
  if (values.post !== undefined)
    fireEvent.change(screen.getByTestId('candidate-post'), { target: { value: values.post } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '保存为候选人' }));

const COMPLETE = {
  name: '李小梅',
  id: VALID_ID,
  phone: '13800001234',
  role: 'CHILDCARE_WORKER',
  employment: 'TEMPORARY',
  post: '小一班保育员',
};

describe('add-candidate form', () => {
  it('says in Chinese what each empty required field needs and sends nothing', async () => {
    const { operations } = renderForm();
    submit();
    expect((await screen.findAllByText('此项为必填项')).length).toBeGreaterThanOrEqual(5);
    expect(operations).toHaveLength(0);
  });

  it('rejects an ID number whose check digit is wrong, before any request', async () => {
    const { operations } = renderForm();
    fill({ ...COMPLETE, id: WRONG_CHECK_ID });
    submit();
    expect(await screen.findByText('身份证号校验位不正确，请核对后重新输入')).toBeTruthy();
    expect(screen.getByTestId('candidate-id-number').getAttribute('aria-invalid')).toBe('true');
    expect(operations).toHaveLength(0);
  });

  it('tells a short ID number, letters inside it and an impossible birth date apart', async () => {
    renderForm();
    fill({ ...COMPLETE, id: '5001071990' });
    submit();
    expect(await screen.findByText('身份证号应为 18 位')).toBeTruthy();
    fill({ id: '50010719900101A231' });
    submit();
    expect(await screen.findByText('身份证号格式不正确：前 17 位应为数字，最后一位为数字或 X')).toBeTruthy();
    const feb30 = '50010719900230123';
    fill({ id: feb30 + residentIdCheckCharacter(feb30) });
    submit();
    expect(await screen.findByText('身份证号中的出生日期不正确')).toBeTruthy();
  });

  it('rejects a phone number that is neither a mobile nor a landline', async () => {
    const { operations } = renderForm();
    fill({ ...COMPLETE, phone: '12345' });
    submit();
    expect(await screen.findByText('请输入正确的手机号（11 位）或座机号（如 023-68001234）')).toBeTruthy();
    expect(operations).toHaveLength(0);
  });

  it('sends the normalised input and hands over the new candidate', async () => {
    const staff = buildStaffMember({ name: '李小梅' });
    const { operations, onAdded } = renderForm(() => ({ data: { addStaffCandidate: staff } }));
    fill({ ...COMPLETE, id: ` ${VALID_ID.toLowerCase()} `, phone: '138 0000 1234' });
    submit();
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(operations[0].operationName).toBe('AddStaffCandidate');
    expect(operations[0].variables).toEqual({
      input: {
        name: '李小梅',
        idNumber: VALID_ID,
        phone: '13800001234',
        role: 'CHILDCARE_WORKER',
        employmentType: 'TEMPORARY',
        post: '小一班保育员',
        hasStudentAccess: true,
      },
    });
    expect(onAdded.mock.calls[0][0].id).toBe(staff.id);
  });

  it('marks the ID number when the register already holds it', async () => {
    const { onAdded } = renderForm(() => ({
      data: {
        addStaffCandidate: { __typename: 'DuplicateStaffError', code: 'DUPLICATE_STAFF', message: 'dup' },
      },
    }));
    fill(COMPLETE);
    submit();
    expect(await screen.findByText('本单位名册中已有该身份证号的人员。')).toBeTruthy();
    expect(onAdded).not.toHaveBeenCalled();
  });
});
