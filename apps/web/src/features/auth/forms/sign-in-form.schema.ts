import { z } from 'zod';
import type { MessageKey } from '../../../i18n/i18n';

// Messages are i18n keys, translated where they are shown.
const required = (key: MessageKey) => key;

export const signInFormSchema = z.object({
  username: z.string().trim().min(1, required('auth.usernameRequired')),
  password: z.string().min(1, required('auth.passwordRequired')),
});

export type SignInFormValues = z.infer<typeof signInFormSchema>;
