import { useT, type MessageKey } from '../../../i18n/i18n';

/** Translates a zod message key; `max` fills the "too long" message. */
export function useFieldError() {
  const t = useT();
  return (message: string | undefined, max?: number) =>
    message ? t(message as MessageKey, max === undefined ? undefined : { max }) : undefined;
}
