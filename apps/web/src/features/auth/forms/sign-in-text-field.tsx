import type { ChangeEvent, Ref } from 'react';

/**
 * A text field of the sign-in form: its label above, the message under it. Plain elements with the
 * public frame's CSS (shared/ui/plain.css): MUI's TextField and its styling engine are not part of the
 * sign-in route's first paint (issue 14).
 */
export function SignInTextField({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  autoFocus,
  inputRef,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'password';
  autoComplete: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId: string;
}) {
  const helperId = `${id}-helper-text`;
  return (
    <div className={error ? 'xh-field xh-field-error' : 'xh-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id.replace(/^sign-in-/, '')}
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        ref={inputRef}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        aria-required
        aria-invalid={Boolean(error)}
        aria-describedby={error ? helperId : undefined}
        data-testid={testId}
      />
      {error ? (
        <p id={helperId} className="xh-helper">
          {error}
        </p>
      ) : null}
    </div>
  );
}
