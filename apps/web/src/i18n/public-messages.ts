import type { Messages } from './zh-CN';

/**
 * The messages of the pages a signed-out person sees (sign-in with its MFA steps, errors, not found,
 * loading) by key prefix. The build puts only these into the entry (the `virtual:xiaohu-public-messages`
 * module made by vite.config.ts); the full dictionaries load with the signed-in shell, so the sign-in
 * route does not carry some 60 KiB of both languages' texts (first paint, issue 14). A public page that
 * needs a key outside these prefixes gets an empty string until the full dictionary has loaded.
 */
export const PUBLIC_MESSAGE_PREFIXES = [
  'app.',
  'auth.',
  'common.',
  'error.',
  'errorCode.',
  'forbidden.',
  'language.',
  'notFound.',
] as const;

export type PartialMessages = Partial<Record<keyof Messages, string>>;

export function pickPublicMessages(messages: Messages): PartialMessages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) =>
      PUBLIC_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix)),
    ),
  ) as PartialMessages;
}
