import { fireEvent, render, screen, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { I18nProvider, type Language } from '../../i18n/i18n';
import { DateInput, FormDateTime, fromPickerValue, toPickerValue } from './date-fields';

function renderIn(language: Language, node: React.ReactNode) {
  return render(<I18nProvider initialLanguage={language}>{node}</I18nProvider>);
}

function MinuteForm({ onValue }: { onValue: (value: string) => void }) {
  const { control, watch } = useForm({ defaultValues: { at: '2026-12-02T14:05' } });
  onValue(watch('at'));
  return <FormDateTime control={control} name="at" label="接收时间" testId="at" />;
}

describe('date and time pickers', () => {
  it('REP-1: keeps a Beijing wall-clock minute as YYYY-MM-DDTHH:mm and shows it on a 24-hour clock', () => {
    let value = '';
    renderIn('zh-CN', <MinuteForm onValue={(v) => (value = v)} />);
    const input = screen.getByTestId('at') as HTMLInputElement;
    expect(input.value).toBe('2026-12-02 14:05');
    fireEvent.change(input, { target: { value: '2026-12-03 21:30' } });
    expect(value).toBe('2026-12-03T21:30');
    expect(input.value).toBe('2026-12-03 21:30');
    expect(screen.getByText('北京时间，24 小时制')).toBeTruthy();
  });

  it.each(['zh-CN', 'en'] as const)('opens a calendar whose week starts on Monday (%s)', (language) => {
    renderIn(
      language,
      <DateInput kind="day" label="day" value="2026-12-02" onChange={() => undefined} testId="day" />,
    );
    fireEvent.click(screen.getByRole('button', { name: /choose date|选择日期/i }));
    const grid = screen.getByRole('grid');
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers[0]?.getAttribute('aria-label')).toMatch(language === 'zh-CN' ? /星期一|周一/ : /Monday/);
    expect(headers[6]?.getAttribute('aria-label')).toMatch(language === 'zh-CN' ? /星期日|周日/ : /Sunday/);
  });

  it('reads and writes the strings the forms and the API use', () => {
    expect(toPickerValue('2026-02-30', 'day')?.format('YYYY-MM-DD')).not.toBe('2026-02-30');
    expect(toPickerValue('', 'day')).toBeNull();
    expect(toPickerValue('2026-12-02T14:05', 'day')).toBeNull();
    const minute = toPickerValue('2026-12-02T14:05', 'minute');
    expect(minute && fromPickerValue(minute, 'minute')).toBe('2026-12-02T14:05');
    expect(fromPickerValue(null, 'day')).toBe('');
    expect(fromPickerValue(toPickerValue('2026-12-02', 'day'), 'day')).toBe('2026-12-02');
  });
});
