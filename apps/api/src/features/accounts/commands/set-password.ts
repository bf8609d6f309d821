import type { RequestContext } from '../../../context';
import { recordAudit } from '../../../shared/audit/audit-log';
import { hashPassword } from '../../../shared/auth/password';
import { ValidationError } from '../../../shared/graphql/error-result';
import { endAllSessions } from '../../auth/session.service';
import { recordAnonymousRefusal, throttleSettings } from '../../auth/sign-in-throttle';
import { AccountEntity } from '../account.entity';
import { PasswordSet, SetPasswordLinkInvalidError, type SetPasswordInput } from '../account-admin.types';
import { MAX_PASSWORD, MIN_PASSWORD, hashSetPasswordToken } from '../account-rules';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function checkPassword(password: string, username: string): ValidationError | null {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD)
    return ValidationError.of('password', `A password has ${MIN_PASSWORD} to ${MAX_PASSWORD} characters`);
  if (password.toLowerCase().includes(username))
    return ValidationError.of('password', 'A password must not contain the username');
  return null;
}

/**
 * Public: sets the password of the account a set-password link was issued for. The link works once,
 * until it expires; using it ends every session of the account. Refusals are anonymous and recorded
 * like refused sign-ins (aggregated per address and window).
 */
export async function setPassword(
  context: RequestContext,
  input: SetPasswordInput,
): Promise<PasswordSet | SetPasswordLinkInvalidError | ValidationError> {
  const now = context.clock.now();
  const settings = throttleSettings(context.config);
  const refusal = { action: 'account.setPassword', usernameKey: '', address: context.client.address };
  const newHash = input.password.length <= MAX_PASSWORD ? await hashPassword(input.password) : null;
  return context.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(AccountEntity);
    const account = TOKEN.test(input.token)
      ? await repository.findOne({
          where: { setPasswordTokenHash: hashSetPasswordToken(input.token) },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (
      !account ||
      account.isDisabled ||
      !account.setPasswordExpiresAt ||
      account.setPasswordExpiresAt <= now
    ) {
      await recordAnonymousRefusal(manager, { ...refusal, outcome: 'INVALID_LINK' }, now, settings);
      return SetPasswordLinkInvalidError.create();
    }
    const weak = checkPassword(input.password, account.username);
    if (weak) {
      // The link stays usable: the person only has to choose a better password.
      await recordAnonymousRefusal(
        manager,
        { ...refusal, usernameKey: account.username, outcome: weak.code },
        now,
        settings,
      );
      return weak;
    }
    await repository.update(
      { id: account.id },
      { passwordHash: newHash, setPasswordTokenHash: null, setPasswordExpiresAt: null },
    );
    await endAllSessions(manager, account.id, now, 'PASSWORD_SET');
    await recordAudit(manager, { accountId: account.id, username: account.username }, now, {
      action: 'account.setPassword',
      targetType: 'account',
      targetId: account.id,
      outcome: 'OK',
      details: { clientAddress: context.client.address },
    });
    return Object.assign(new PasswordSet(), { username: account.username });
  });
}
