import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { I18nProvider, translate, type MessageKey } from '../../i18n/i18n';
import { MESSAGES } from '../../i18n/messages';
import { validationText } from '../lib/validation-message';
import { FormTextField } from './form-fields';
import { LimitedTextField } from './limited-text-field';

function NameForm() {
  const { register } = useForm({ defaultValues: { name: '王芳' } });
  return <FormTextField registration={register('name')} label="姓名" max={60} testId="name" />;
}

function NoteField() {
  const [note, setNote] = useState('');
  return (
    <LimitedTextField
      label="备注"
      value={note}
      onChange={(event) => setNote(event.target.value)}
      slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'note' } }}
    />
  );
}

describe('inputs that say their limit', () => {
  it('a registered field with a limit counts its characters from its default value on', () => {
    render(
      <I18nProvider initialLanguage="zh-CN">
        <NameForm />
      </I18nProvider>,
    );
    expect(screen.getByTestId('name-counter').textContent).toBe('2 / 60');
    fireEvent.change(screen.getByTestId('name'), { target: { value: '王芳芳芳' } });
    expect(screen.getByTestId('name-counter').textContent).toBe('4 / 60');
  });

  it('a controlled field with a maxLength shows it as a counter', () => {
    render(
      <I18nProvider initialLanguage="zh-CN">
        <NoteField />
      </I18nProvider>,
    );
    expect(screen.getByTestId('note-counter').textContent).toBe('0 / 200');
    fireEvent.change(screen.getByTestId('note'), { target: { value: '门口监控需更换' } });
    expect(screen.getByTestId('note-counter').textContent).toBe('7 / 200');
  });

  it('the server’s limit for a too-long text is named in the message, in Chinese and English', () => {
    const zh = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(MESSAGES['zh-CN'], key, params);
    const en = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(MESSAGES.en, key, params);
    expect(validationText(zh, 'TOO_LONG', 60)).toBe('内容过长，最多 60 字');
    expect(validationText(en, 'TOO_LONG', 60)).toBe('Too long: at most 60 characters');
    expect(validationText(zh, 'TOO_LONG', null)).toBe('内容过长');
    expect(validationText(zh, 'DISALLOWED_CHARACTERS', null)).toBe('含有不允许的字符');
  });
});
