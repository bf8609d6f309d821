import { registerEnumType } from 'type-graphql';
import type { VocabularyLanguage } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { runCommand } from '../../shared/commands/run-command';
import { AccountEntity } from '../accounts/account.entity';
import { Viewer } from './viewer.type';

// The language an account reads its mail in (issue 14): the app sets it when the user switches language.

export enum AccountLanguage {
  ZH_CN = 'ZH_CN',
  EN = 'EN',
}
registerEnumType(AccountLanguage, {
  name: 'AccountLanguage',
  description: 'A language of the app: ZH_CN (简体中文, the default) or EN (English).',
});

export const toStoredLanguage = (language: AccountLanguage): VocabularyLanguage =>
  language === AccountLanguage.EN ? 'en' : 'zh-CN';
export const fromStoredLanguage = (language: string): AccountLanguage =>
  language === 'en' ? AccountLanguage.EN : AccountLanguage.ZH_CN;

/** The viewer's mail language; audited like every change. */
export async function setMyLanguage(context: RequestContext, language: AccountLanguage): Promise<Viewer> {
  return (await runCommand<AccountEntity>(context, {
    action: 'account.setLanguage',
    targetType: 'account',
    targetId: context.auth.actor?.accountId ?? null,
    load: (manager, actor) =>
      manager
        .getRepository(AccountEntity)
        .findOneOrFail({ where: { id: actor.accountId }, lock: { mode: 'pessimistic_write' } }),
    // Everyone may choose their own language.
    authorize: () => null,
    execute: async (manager, account, actor) => {
      await manager.getRepository(AccountEntity).update(account.id, { language: toStoredLanguage(language) });
      return { result: Viewer.of(actor), details: { language: toStoredLanguage(language) } };
    },
  })) as Viewer;
}
